import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiRequest, type CategoryDetail } from '../deps';

export type CategoryQuery = { platform?: string; type?: string; q?: string; retired?: string };
export const opsCategoriesKey = ['ops-categories'] as const;

export function listCategories(
  query: CategoryQuery,
  signal?: AbortSignal,
): Promise<{ items: CategoryDetail[] }> {
  return apiRequest('/api/ops/categories', { query, signal });
}

export function useOpsCategories(query: CategoryQuery) {
  return useQuery({
    queryKey: [...opsCategoriesKey, query],
    queryFn: ({ signal }) => listCategories(query, signal),
    placeholderData: keepPreviousData,
  });
}
