import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import {
  apiRequest,
  type opsCertificationListQuerySchema,
  type opsCertificationListReplySchema,
} from '../deps';

export type CertificationQuery = Partial<z.infer<typeof opsCertificationListQuerySchema>>;
export type CertificationList = z.infer<typeof opsCertificationListReplySchema>;
export type CertificationItem = CertificationList['items'][number];

export function listCertifications(
  query: CertificationQuery,
  signal?: AbortSignal,
): Promise<CertificationList> {
  return apiRequest('/api/ops/certifications', { query, signal });
}

export function useCertificationQueue(query: CertificationQuery) {
  return useQuery({
    queryKey: ['ops-certifications', 'list', query],
    queryFn: ({ signal }) => listCertifications(query, signal),
    placeholderData: keepPreviousData,
  });
}
