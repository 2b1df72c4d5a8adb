import { useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import { apiRequest, type categoryListReplySchema } from '../deps';

export type CategoryList = z.infer<typeof categoryListReplySchema>;
export type Category = CategoryList['items'][number];

export function listCategories(signal?: AbortSignal): Promise<CategoryList> {
  return apiRequest('/api/market/categories', { signal });
}

export function useCategories() {
  return useQuery({
    queryKey: ['market', 'categories'],
    queryFn: ({ signal }) => listCategories(signal),
    staleTime: 5 * 60_000,
  });
}
