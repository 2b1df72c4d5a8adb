import { useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import { apiRequest, type opsCertificationDetailSchema } from '../deps';

export type CertificationReview = z.infer<typeof opsCertificationDetailSchema>;

export function getCertification(id: string, signal?: AbortSignal): Promise<CertificationReview> {
  return apiRequest(`/api/ops/certifications/${encodeURIComponent(id)}`, { signal });
}

export function useCertificationReview(id: string) {
  return useQuery({
    queryKey: ['ops-certifications', 'detail', id],
    queryFn: ({ signal }) => getCertification(id, signal),
  });
}
