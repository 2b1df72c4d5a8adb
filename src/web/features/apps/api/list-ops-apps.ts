import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import { apiRequest, type opsAppListQuerySchema, type opsAppListReplySchema } from '../deps';
import { appsKeys } from './keys';

export type OpsAppListQuery = Partial<z.infer<typeof opsAppListQuerySchema>>;
export type OpsAppList = z.infer<typeof opsAppListReplySchema>;
export type OpsAppItem = OpsAppList['items'][number];

export function listOpsApps(query: OpsAppListQuery, signal?: AbortSignal): Promise<OpsAppList> {
  return apiRequest('/api/ops/apps', { query, signal });
}

export function useOpsApps(query: OpsAppListQuery) {
  return useQuery({
    queryKey: [...appsKeys.ops, query],
    queryFn: ({ signal }) => listOpsApps(query, signal),
    placeholderData: keepPreviousData,
  });
}
