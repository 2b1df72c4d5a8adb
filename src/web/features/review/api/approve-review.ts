import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../deps';

export function approveReview(id: string): Promise<{ ok: true }> {
  return apiRequest(`/api/ops/onboarding/${encodeURIComponent(id)}/approve`, { method: 'POST' });
}

export function useApproveReview() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: approveReview,
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['review'] }),
  });
}
