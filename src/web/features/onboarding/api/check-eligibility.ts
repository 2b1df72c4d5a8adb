import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { apiRequest, type entityTypeSchema } from '../deps';
import { myOnboardingKey } from './get-my-onboarding';

export type EntityType = z.infer<typeof entityTypeSchema>;

/** `{ eligible: true }`, or a 422 ApiError whose message says why the applicant cannot onboard. */
export function checkEligibility(entityType: EntityType): Promise<{ eligible: true }> {
  return apiRequest('/api/provider/onboarding/eligibility', {
    method: 'POST',
    body: { entityType },
  });
}

export function useCheckEligibility() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: checkEligibility,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: myOnboardingKey }),
  });
}
