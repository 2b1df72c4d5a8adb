import { useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import { apiRequest, type myCertificationReplySchema } from '../deps';

export type MyCertification = z.infer<typeof myCertificationReplySchema>;
export const certificationKey = ['certification'] as const;

export function getCertification(signal?: AbortSignal): Promise<MyCertification> {
  return apiRequest('/api/provider/certification', { signal });
}

export function useCertification() {
  return useQuery({
    queryKey: certificationKey,
    queryFn: ({ signal }) => getCertification(signal),
  });
}
