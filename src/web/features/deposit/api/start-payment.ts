import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { apiRequest, type channelSchema, type paymentOrderSchema } from '../deps';
import { depositKey } from './get-deposit';

export type Channel = z.infer<typeof channelSchema>;
export type PaymentOrder = z.infer<typeof paymentOrderSchema>;

export function startPayment(channel: Channel): Promise<PaymentOrder> {
  return apiRequest('/api/provider/deposit/payments', { method: 'POST', body: { channel } });
}

export function useStartPayment() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: startPayment,
    onSuccess: () => void qc.invalidateQueries({ queryKey: depositKey }),
  });
}
