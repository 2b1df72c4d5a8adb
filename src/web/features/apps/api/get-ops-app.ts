import { useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import { apiRequest, type opsAppDetailSchema } from '../deps';
import { appsKeys } from './keys';

export type OpsAppDetail = z.infer<typeof opsAppDetailSchema>;

export function getOpsApp(id: string, signal?: AbortSignal): Promise<OpsAppDetail> {
  return apiRequest(`/api/ops/apps/${encodeURIComponent(id)}`, { signal });
}

export function useOpsApp(id: string) {
  return useQuery({
    queryKey: appsKeys.opsOne(id),
    queryFn: ({ signal }) => getOpsApp(id, signal),
  });
}
