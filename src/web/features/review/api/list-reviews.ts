import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import { apiRequest, type reviewListQuerySchema, type reviewListReplySchema } from '../deps';

export type ReviewListQuery = Partial<z.infer<typeof reviewListQuerySchema>>;
export type ReviewListReply = z.infer<typeof reviewListReplySchema>;
export type ReviewListItem = ReviewListReply['items'][number];

export function listReviews(
  query: ReviewListQuery,
  signal?: AbortSignal,
): Promise<ReviewListReply> {
  return apiRequest('/api/ops/onboarding', { query, signal });
}

export function useReviews(query: ReviewListQuery) {
  return useQuery({
    queryKey: ['review', 'list', query],
    queryFn: ({ signal }) => listReviews(query, signal),
    placeholderData: keepPreviousData,
  });
}
