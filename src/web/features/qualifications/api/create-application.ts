import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest, type QualificationSummary, type ServiceType } from '../deps';
import { qualificationsKey } from './list-my-qualifications';

export type CreateBody = { serviceType: ServiceType; categoryId: string };

/** Starts a draft application; refusals (no app, thresholds, locked) come back as ApiErrors. */
export function createApplication(body: CreateBody): Promise<QualificationSummary> {
  return apiRequest('/api/provider/qualifications', { method: 'POST', body });
}

export function useCreateApplication() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createApplication,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: qualificationsKey }),
  });
}
