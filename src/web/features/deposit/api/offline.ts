import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { apiRequest, type remittanceReplySchema } from '../deps';

export type Remittance = z.infer<typeof remittanceReplySchema>;

export function useRemittance(enabled: boolean) {
  return useQuery({
    queryKey: ['deposit', 'remittance'],
    queryFn: ({ signal }) => apiRequest<Remittance>('/api/provider/deposit/remittance', { signal }),
    enabled,
  });
}

/** 缴纳: hold one service's deposit from the available amount. */
export function usePayRequirement() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: string) =>
      apiRequest(`/api/provider/deposit/requirements/${encodeURIComponent(id)}/pay`, {
        method: 'POST',
      }),
    onSettled: () => void qc.invalidateQueries({ queryKey: ['deposit'] }),
  });
}
