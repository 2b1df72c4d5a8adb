import { useMutation } from '@tanstack/react-query';
import type { z } from 'zod';
import {
  apiRequest,
  useSessionChanged,
  type SessionReply,
  type smsVerifyBodySchema,
} from '../deps';

export type SmsVerifyBody = z.infer<typeof smsVerifyBodySchema>;

export function verifySmsCode(body: SmsVerifyBody): Promise<SessionReply> {
  return apiRequest('/api/auth/sms/verify', { method: 'POST', body });
}

/** Signs in by mobile + SMS code; the new session replaces the old one. */
export function useVerifySmsCode() {
  const sessionChanged = useSessionChanged();
  return useMutation({ mutationFn: verifySmsCode, onSuccess: (reply) => sessionChanged(reply) });
}
