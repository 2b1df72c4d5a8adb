import { useMutation } from '@tanstack/react-query';
import type { z } from 'zod';
import {
  apiRequest,
  useSessionChanged,
  type operatorLoginBodySchema,
  type SessionReply,
} from '../deps';

export type OperatorLoginBody = z.infer<typeof operatorLoginBodySchema>;

export function operatorLogin(body: OperatorLoginBody): Promise<SessionReply> {
  return apiRequest('/api/auth/operator/login', { method: 'POST', body });
}

export function useOperatorLogin() {
  const sessionChanged = useSessionChanged();
  return useMutation({ mutationFn: operatorLogin, onSuccess: (reply) => sessionChanged(reply) });
}
