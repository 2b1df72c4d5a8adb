import { useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import { apiRequest, type qrStatusReplySchema } from '../deps';

export type QrStatusReply = z.infer<typeof qrStatusReplySchema>;

export function getQrStatus(id: string, signal?: AbortSignal): Promise<QrStatusReply> {
  return apiRequest(`/api/auth/qr/${encodeURIComponent(id)}`, { signal });
}

/** Polls the ticket every 1.5 s while it is pending. */
export function useQrStatus(id: string | undefined) {
  return useQuery({
    queryKey: ['auth', 'qr-status', id],
    queryFn: ({ signal }) => getQrStatus(id!, signal),
    enabled: Boolean(id),
    refetchInterval: (query) => (query.state.data?.status === 'pending' ? 1500 : false),
    // The user is looking at the phone; the desktop tab may well be in the background.
    refetchIntervalInBackground: true,
    gcTime: 0,
  });
}
