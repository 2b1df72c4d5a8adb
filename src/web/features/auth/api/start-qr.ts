import { useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import { apiRequest, type accountRoleSchema, type qrStartReplySchema } from '../deps';

export type AccountRole = z.infer<typeof accountRoleSchema>;
export type QrStartReply = z.infer<typeof qrStartReplySchema>;

export function startQr(role: AccountRole): Promise<QrStartReply> {
  return apiRequest('/api/auth/qr', { method: 'POST', body: { role } });
}

/** A fresh QR sign-in ticket; `refetch()` makes a new one (after it expired). */
export function useStartQr(role: AccountRole) {
  return useQuery({
    queryKey: ['auth', 'qr', role],
    queryFn: () => startQr(role),
    staleTime: Infinity,
    gcTime: 0,
  });
}
