import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  apiRequest,
  type LiftableKind,
  type ProviderPenaltyKind,
  type ProviderStanding,
} from '../deps';
import { servicesKeys } from './keys';

const standingKey = (providerId: string) => [...servicesKeys.all, 'standing', providerId];

export function useLiftPenalty(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (p: { kind: LiftableKind; reason: string }) =>
      apiRequest(`/api/ops/services/${encodeURIComponent(id)}/penalties/lift`, {
        method: 'POST',
        body: p,
      }),
    onSettled: () => void qc.invalidateQueries({ queryKey: servicesKeys.all }),
  });
}

export function useProviderStanding(providerId: string) {
  return useQuery({
    queryKey: standingKey(providerId),
    queryFn: ({ signal }) =>
      apiRequest<ProviderStanding>(
        `/api/ops/providers/${encodeURIComponent(providerId)}/penalties`,
        { signal },
      ),
  });
}

/** Applies (or, with `lift`, lifts) a provider-level penalty; every service view refreshes. */
export function useProviderPenalty(providerId: string, lift = false) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (b: { kind: ProviderPenaltyKind; reason: string; categoryId?: string }) =>
      apiRequest<ProviderStanding>(
        `/api/ops/providers/${encodeURIComponent(providerId)}/penalties${lift ? '/lift' : ''}`,
        { method: 'POST', body: b },
      ),
    onSettled: () => void qc.invalidateQueries({ queryKey: servicesKeys.all }),
  });
}

/** The signed-in provider's own standing (null before onboarding). */
export function useMyStanding() {
  return useQuery({
    queryKey: [...servicesKeys.all, 'my-standing'],
    queryFn: ({ signal }) =>
      apiRequest<ProviderStanding | null>('/api/provider/standing', { signal }),
  });
}
