import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import { apiRequest, type outboxListQuerySchema, type outboxListReplySchema } from '../deps';

export type OutboxQuery = Partial<z.infer<typeof outboxListQuerySchema>>;
export type OutboxReply = z.infer<typeof outboxListReplySchema>;
export type OutboxItem = OutboxReply['items'][number];

export function listOutbox(query: OutboxQuery, signal?: AbortSignal): Promise<OutboxReply> {
  return apiRequest('/api/ops/outbox', { query, signal });
}

export function useOutbox(query: OutboxQuery) {
  return useQuery({
    queryKey: ['outbox', query],
    queryFn: ({ signal }) => listOutbox(query, signal),
    placeholderData: keepPreviousData,
  });
}
