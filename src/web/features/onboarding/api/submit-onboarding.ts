import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { apiRequest, type submitReplySchema } from '../deps';
import { myOnboardingKey } from './get-my-onboarding';

export type SubmitReply = z.infer<typeof submitReplySchema>;

/** Submits the saved draft; a 400 ApiError carries `fields` naming what is wrong. */
export function submitOnboarding(): Promise<SubmitReply> {
  return apiRequest('/api/provider/onboarding/submit', { method: 'POST' });
}

export function useSubmitOnboarding() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: submitOnboarding,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: myOnboardingKey }),
  });
}
