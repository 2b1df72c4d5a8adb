import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { apiRequest, type rejectBodySchema } from '../deps';

export type RejectBody = z.input<typeof rejectBodySchema>;

export function rejectReview({
  id,
  body,
}: {
  id: string;
  body: RejectBody;
}): Promise<{ ok: true }> {
  return apiRequest(`/api/ops/onboarding/${encodeURIComponent(id)}/reject`, {
    method: 'POST',
    body,
  });
}

export function useRejectReview() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: rejectReview,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['review'] }),
  });
}
