import { useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import { apiRequest, type reviewDetailReplySchema } from '../deps';

export type ReviewDetail = z.infer<typeof reviewDetailReplySchema>;
export type ReviewVersion = ReviewDetail['versions'][number];

export function getReview(id: string, signal?: AbortSignal): Promise<ReviewDetail> {
  return apiRequest(`/api/ops/onboarding/${encodeURIComponent(id)}`, { signal });
}

export function useReview(id: string) {
  return useQuery({
    queryKey: ['review', 'detail', id],
    queryFn: ({ signal }) => getReview(id, signal),
  });
}
