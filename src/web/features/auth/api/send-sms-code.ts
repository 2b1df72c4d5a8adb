import { useMutation } from '@tanstack/react-query';
import type { z } from 'zod';
import { apiRequest, type smsSendBodySchema, type smsSendReplySchema } from '../deps';

export type SmsSendBody = z.infer<typeof smsSendBodySchema>;
export type SmsSendReply = z.infer<typeof smsSendReplySchema>;

export function sendSmsCode(body: SmsSendBody): Promise<SmsSendReply> {
  return apiRequest('/api/auth/sms/send', { method: 'POST', body });
}

export function useSendSmsCode() {
  return useMutation({ mutationFn: sendSmsCode });
}
