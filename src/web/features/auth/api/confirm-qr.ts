import { useMutation } from '@tanstack/react-query';
import { apiRequest } from '../deps';

export function confirmQr(id: string): Promise<{ ok: true }> {
  return apiRequest(`/api/auth/qr/${encodeURIComponent(id)}/confirm`, { method: 'POST' });
}

export function useConfirmQr() {
  return useMutation({ mutationFn: confirmQr });
}
