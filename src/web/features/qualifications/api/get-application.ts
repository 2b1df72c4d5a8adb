import { useQuery } from '@tanstack/react-query';
import { apiRequest, type QualificationDetail } from '../deps';
import { qualificationsKey } from './list-my-qualifications';

export const applicationKey = (id: string) => [...qualificationsKey, 'detail', id] as const;

export function getApplication(id: string, signal?: AbortSignal): Promise<QualificationDetail> {
  return apiRequest(`/api/provider/qualifications/${encodeURIComponent(id)}`, { signal });
}

export function useApplication(id: string) {
  return useQuery({
    queryKey: applicationKey(id),
    queryFn: ({ signal }) => getApplication(id, signal),
  });
}
