import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { apiRequest, type acceptAgreementsBodySchema, type MyOnboardingReply } from '../deps';
import { myOnboardingKey } from './get-my-onboarding';

export type AcceptAgreementsBody = z.infer<typeof acceptAgreementsBodySchema>;

export function acceptAgreements(body: AcceptAgreementsBody): Promise<MyOnboardingReply> {
  return apiRequest('/api/provider/onboarding/agreements', { method: 'POST', body });
}

export function useAcceptAgreements() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: acceptAgreements,
    onSuccess: (reply) => queryClient.setQueryData(myOnboardingKey, reply),
  });
}
