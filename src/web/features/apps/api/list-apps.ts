import { useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import { apiRequest, type appListReplySchema } from '../deps';
import { appsKeys } from './keys';

export type AppList = z.infer<typeof appListReplySchema>;

export function listApps(signal?: AbortSignal): Promise<AppList> {
  return apiRequest('/api/provider/apps', { signal });
}

export function useApps() {
  return useQuery({ queryKey: appsKeys.mine, queryFn: ({ signal }) => listApps(signal) });
}
