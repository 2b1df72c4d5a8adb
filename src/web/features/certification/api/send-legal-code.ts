import { useMutation } from '@tanstack/react-query';
import type { z } from 'zod';
import { apiRequest, type legalCodeBodySchema } from '../deps';

export type LegalIdentity = z.infer<typeof legalCodeBodySchema>;

/** Sends a 6-digit code to the legal representative's mobile, once their identity matches. */
export function sendLegalCode(
  body: LegalIdentity,
): Promise<{ cooldownSeconds: number; expiresInSeconds: number }> {
  return apiRequest('/api/provider/certification/legal/code', { method: 'POST', body });
}

export function useSendLegalCode() {
  return useMutation({ mutationFn: sendLegalCode });
}
