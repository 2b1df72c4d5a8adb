import { useQuery } from '@tanstack/react-query';
import { apiRequest } from '../deps';
import type { PaymentOrder } from './start-payment';

/** Polls an order the provider came back from the cashier with, until it is no longer pending. */
export function usePayment(id: string | null) {
  return useQuery({
    queryKey: ['deposit', 'payment', id],
    queryFn: ({ signal }) =>
      apiRequest<PaymentOrder>(`/api/provider/deposit/payments/${encodeURIComponent(id!)}`, {
        signal,
      }),
    enabled: Boolean(id),
    refetchInterval: (q) => (q.state.data?.state === 'pending' ? 1500 : false),
  });
}
