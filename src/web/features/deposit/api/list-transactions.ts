import { useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import { apiRequest, type transactionListReplySchema } from '../deps';

export type TransactionList = z.infer<typeof transactionListReplySchema>;

export function useTransactions(page: number, result?: 'success' | 'failure') {
  const qs = new URLSearchParams({
    page: String(page),
    pageSize: '10',
    ...(result ? { result } : {}),
  });
  return useQuery({
    queryKey: ['deposit', 'transactions', page, result],
    queryFn: ({ signal }) =>
      apiRequest<TransactionList>(`/api/provider/deposit/transactions?${qs}`, { signal }),
  });
}
