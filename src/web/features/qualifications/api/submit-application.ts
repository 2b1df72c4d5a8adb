import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest, type Materials } from '../deps';
import { qualificationsKey } from './list-my-qualifications';

export type SubmitReply = { state: 'submitted'; expectedFrom: string; expectedBy: string };

/** Submits the form's materials; a 400 ApiError names each missing or wrong field. */
export function submitApplication(v: { id: string; materials: Materials }): Promise<SubmitReply> {
  return apiRequest(`/api/provider/qualifications/${encodeURIComponent(v.id)}/submit`, {
    method: 'POST',
    body: { materials: v.materials },
  });
}

export function useSubmitApplication() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: submitApplication,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: qualificationsKey }),
  });
}
