import { useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import { apiRequest, type enterpriseReplySchema } from '../deps';

export type Enterprise = z.infer<typeof enterpriseReplySchema>;

export function getEnterprise(signal?: AbortSignal): Promise<Enterprise> {
  return apiRequest('/api/provider/enterprise', { signal });
}

export function useEnterprise() {
  return useQuery({ queryKey: ['enterprise'], queryFn: ({ signal }) => getEnterprise(signal) });
}
