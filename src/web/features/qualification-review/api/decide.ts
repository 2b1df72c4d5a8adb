import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../deps';

export type Decision = {
  /** `qualifications` or `certifications`: both queues decide the same way. */
  queue: 'qualifications' | 'certifications';
  id: string;
  decision: 'approve' | 'reject';
  reason?: string;
};

/** Approve, or reject with a reason; the provider is told by SMS. */
export function decide(d: Decision): Promise<{ ok: true }> {
  return apiRequest(`/api/ops/${d.queue}/${encodeURIComponent(d.id)}/${d.decision}`, {
    method: 'POST',
    body: d.decision === 'reject' ? { reason: d.reason ?? '' } : undefined,
  });
}

export function useDecide() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: decide,
    onSettled: (_r, _e, d) => queryClient.invalidateQueries({ queryKey: [`ops-${d.queue}`] }),
  });
}
