import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
  apiRequest,
  type CategoryCreateBody,
  type CategoryDetail,
  type CategoryUpdateBody,
} from '../deps';
import { opsCategoriesKey } from './list-categories';

export type SaveCategory =
  | { kind: 'create'; body: CategoryCreateBody }
  | { kind: 'update'; id: string; body: CategoryUpdateBody }
  | { kind: 'retire' | 'restore'; id: string };

/** Creates, edits, retires or restores a category (each audited on the server). */
export function saveCategory(s: SaveCategory): Promise<CategoryDetail> {
  if (s.kind === 'create')
    return apiRequest('/api/ops/categories', { method: 'POST', body: s.body });
  const url = `/api/ops/categories/${encodeURIComponent(s.id)}`;
  if (s.kind === 'update') return apiRequest(url, { method: 'PUT', body: s.body });
  return apiRequest(`${url}/${s.kind}`, { method: 'POST' });
}

export function useSaveCategory() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: saveCategory,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: opsCategoriesKey }),
  });
}
