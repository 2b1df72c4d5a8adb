import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { apiRequest, sessionQueryKey, type Policy, type policyUpdateSchema } from '../deps';
import { policyKey } from './get-policy';

export type PolicyUpdate = z.infer<typeof policyUpdateSchema>;

export function updatePolicy(body: PolicyUpdate): Promise<Policy> {
  return apiRequest('/api/ops/policy', { method: 'PUT', body });
}

export function useUpdatePolicy() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updatePolicy,
    onSuccess: (policy) => {
      queryClient.setQueryData(policyKey, policy);
      // The session carries the policy every page reads.
      void queryClient.invalidateQueries({ queryKey: sessionQueryKey });
    },
  });
}
