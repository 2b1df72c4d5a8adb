import { useQuery } from '@tanstack/react-query';
import { apiRequest, type QualificationOptions } from '../deps';
import { qualificationsKey } from './list-my-qualifications';

export type CategoryOption = QualificationOptions['categories'][number];

export function getOptions(signal?: AbortSignal): Promise<QualificationOptions> {
  return apiRequest('/api/provider/qualifications/options', { signal });
}

export function useQualificationOptions() {
  return useQuery({
    queryKey: [...qualificationsKey, 'options'],
    queryFn: ({ signal }) => getOptions(signal),
  });
}
