import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { apiRequest, type moneyOutListReplySchema } from '../deps';

export type MyMoneyOut = z.infer<typeof moneyOutListReplySchema>['items'][number];

export function useMyMoneyOuts() {
  return useQuery({
    queryKey: ['deposit', 'money-outs'],
    queryFn: ({ signal }) =>
      apiRequest<{ items: MyMoneyOut[] }>('/api/provider/deposit/withdrawals', { signal }),
  });
}

function useDepositMutation<V>(fn: (v: V) => Promise<unknown>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: fn,
    // Figures, records and the list of requests all move together.
    onSuccess: () => void qc.invalidateQueries({ queryKey: ['deposit'] }),
  });
}

export const useWithdraw = () =>
  useDepositMutation((v: { amountFen: number; reason: string }) =>
    apiRequest('/api/provider/deposit/withdrawals', { method: 'POST', body: v }),
  );
export const useRequestExit = () =>
  useDepositMutation((v: { reason: string }) =>
    apiRequest('/api/provider/deposit/exit', { method: 'POST', body: v }),
  );
