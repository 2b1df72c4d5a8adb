import { useQuery } from '@tanstack/react-query';
import { apiRequest, type Policy } from '../deps';

export const policyKey = ['policy'] as const;

export function getPolicy(signal?: AbortSignal): Promise<Policy> {
  return apiRequest('/api/ops/policy', { signal });
}

export function usePolicy() {
  return useQuery({ queryKey: policyKey, queryFn: ({ signal }) => getPolicy(signal) });
}
