import { useQuery } from '@tanstack/react-query';
import { apiRequest, type MyOnboardingReply } from '../deps';

export const myOnboardingKey = ['onboarding', 'me'] as const;

export function getMyOnboarding(signal?: AbortSignal): Promise<MyOnboardingReply> {
  return apiRequest('/api/provider/onboarding', { signal });
}

export function useMyOnboarding() {
  return useQuery({ queryKey: myOnboardingKey, queryFn: ({ signal }) => getMyOnboarding(signal) });
}
