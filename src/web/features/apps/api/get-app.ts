import { useQuery } from '@tanstack/react-query';
import { apiRequest, type AppView } from '../deps';
import { appsKeys } from './keys';

export function getApp(id: string, signal?: AbortSignal): Promise<AppView> {
  return apiRequest(`/api/provider/apps/${encodeURIComponent(id)}`, { signal });
}

export function useApp(id: string) {
  return useQuery({ queryKey: appsKeys.one(id), queryFn: ({ signal }) => getApp(id, signal) });
}
