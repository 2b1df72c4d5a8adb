import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { apiRequest, type AppBody, type appCreatedReplySchema } from '../deps';
import { appsKeys } from './keys';

export type AppCreated = z.infer<typeof appCreatedReplySchema>;

/** Registers an app; the answer carries the app secret, this once. */
export function createApp(body: AppBody): Promise<AppCreated> {
  return apiRequest('/api/provider/apps', { method: 'POST', body });
}

export function useCreateApp() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createApp,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: appsKeys.mine }),
  });
}
