import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import {
  apiRequest,
  type opsQualificationListQuerySchema,
  type opsQualificationListReplySchema,
} from '../deps';

export type QualificationQuery = Partial<z.infer<typeof opsQualificationListQuerySchema>>;
export type QualificationList = z.infer<typeof opsQualificationListReplySchema>;
export type QualificationItem = QualificationList['items'][number];

export function listQualifications(
  query: QualificationQuery,
  signal?: AbortSignal,
): Promise<QualificationList> {
  return apiRequest('/api/ops/qualifications', { query, signal });
}

export function useQualificationQueue(query: QualificationQuery) {
  return useQuery({
    queryKey: ['ops-qualifications', 'list', query],
    queryFn: ({ signal }) => listQualifications(query, signal),
    placeholderData: keepPreviousData,
  });
}
