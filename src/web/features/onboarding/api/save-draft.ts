import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest, type MyOnboardingReply, type OnboardingDraft } from '../deps';
import { myOnboardingKey } from './get-my-onboarding';

export function saveDraft(draft: OnboardingDraft): Promise<MyOnboardingReply> {
  return apiRequest('/api/provider/onboarding/draft', { method: 'PUT', body: draft });
}

export function useSaveDraft() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: saveDraft,
    onSuccess: (reply) => queryClient.setQueryData(myOnboardingKey, reply),
  });
}
