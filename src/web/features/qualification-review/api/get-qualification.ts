import { useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import { apiRequest, type opsQualificationDetailSchema } from '../deps';

export type QualificationReview = z.infer<typeof opsQualificationDetailSchema>;

export function getQualification(id: string, signal?: AbortSignal): Promise<QualificationReview> {
  return apiRequest(`/api/ops/qualifications/${encodeURIComponent(id)}`, { signal });
}

export function useQualificationReview(id: string) {
  return useQuery({
    queryKey: ['ops-qualifications', 'detail', id],
    queryFn: ({ signal }) => getQualification(id, signal),
  });
}
