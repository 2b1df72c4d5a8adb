import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { apiRequest, type moneyOutListReplySchema } from '../deps';

export type MoneyOut = z.infer<typeof moneyOutListReplySchema>['items'][number];
export type MoneyOutState = 'requested' | 'first_approved' | 'done' | 'rejected';

export function useMoneyOuts(state: MoneyOutState) {
  return useQuery({
    queryKey: ['money-outs', state],
    queryFn: ({ signal }) =>
      apiRequest<{ items: MoneyOut[] }>('/api/ops/deposits/money-outs', {
        query: { state },
        signal,
      }),
  });
}

function useMoneyOutMutation<V>(fn: (v: V) => Promise<unknown>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () => void qc.invalidateQueries({ queryKey: ['money-outs'] }),
  });
}

export const useApproveMoneyOut = () =>
  useMoneyOutMutation((id: string) =>
    apiRequest(`/api/ops/deposits/money-outs/${id}/approve`, { method: 'POST' }),
  );
export const useRejectMoneyOut = () =>
  useMoneyOutMutation((id: string) =>
    apiRequest(`/api/ops/deposits/money-outs/${id}/reject`, { method: 'POST' }),
  );
export const useProposeDeduction = () =>
  useMoneyOutMutation(
    (v: { providerId: string; amountFen: number; rule: string; reason: string }) =>
      apiRequest('/api/ops/deposits/deductions', { method: 'POST', body: v }),
  );
