import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { apiRequest, type secretRotatedReplySchema } from '../deps';
import { appsKeys } from './keys';

export type SecretRotated = z.infer<typeof secretRotatedReplySchema>;

/** A new app secret, shown once; the old one stops working at once. */
export function rotateSecret(id: string): Promise<SecretRotated> {
  return apiRequest(`/api/provider/apps/${encodeURIComponent(id)}/secret`, { method: 'POST' });
}

export function useRotateSecret(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => rotateSecret(id),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: appsKeys.one(id), exact: true }),
  });
}
