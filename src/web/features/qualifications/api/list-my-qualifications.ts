import { useQuery } from '@tanstack/react-query';
import { apiRequest, type CertificationSummary, type QualificationSummary } from '../deps';

export type MyQualifications = {
  mode: 'per_category' | 'app_category';
  applications: QualificationSummary[];
  certification: CertificationSummary;
};

export const qualificationsKey = ['qualifications'] as const;

export function listMyQualifications(signal?: AbortSignal): Promise<MyQualifications> {
  return apiRequest('/api/provider/qualifications', { signal });
}

export function useMyQualifications() {
  return useQuery({
    queryKey: [...qualificationsKey, 'mine'],
    queryFn: ({ signal }) => listMyQualifications(signal),
  });
}
