import { useMutation } from '@tanstack/react-query';
import type { z } from 'zod';
import { apiRequest, type AuthorizeQuery, type decisionReplySchema } from '../deps';

export type Decision = AuthorizeQuery & { decision: 'approve' | 'deny' };
export type DecisionReply = z.infer<typeof decisionReplySchema>;

/** The merchant's answer; the reply says where the browser goes (the app's callback). */
export function decide(body: Decision): Promise<DecisionReply> {
  return apiRequest('/api/market/oauth/authorize', { method: 'POST', body });
}

export function useDecide() {
  return useMutation({ mutationFn: decide });
}
