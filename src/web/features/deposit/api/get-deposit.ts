import { useQuery } from '@tanstack/react-query';
import { apiRequest, type DepositOverviewReply } from '../deps';

export const depositKey = ['deposit', 'overview'] as const;

export function getDeposit(signal?: AbortSignal): Promise<DepositOverviewReply> {
  return apiRequest('/api/provider/deposit', { signal });
}

export function useDeposit() {
  return useQuery({ queryKey: depositKey, queryFn: ({ signal }) => getDeposit(signal) });
}
