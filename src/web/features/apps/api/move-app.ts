import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../deps';
import type { OpsAppDetail } from './get-ops-app';
import { appsKeys } from './keys';

export type MoveApp =
  { id: string; action: 'online' } | { id: string; action: 'suspend'; reason: string };

/** An operator brings an app online after the check, or suspends it with a reason. */
export function moveApp(m: MoveApp): Promise<OpsAppDetail> {
  const path = `/api/ops/apps/${encodeURIComponent(m.id)}/${m.action}`;
  return apiRequest(path, {
    method: 'POST',
    body: m.action === 'suspend' ? { reason: m.reason } : undefined,
  });
}

export function useMoveApp() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: moveApp,
    onSuccess: (app) => {
      queryClient.setQueryData(appsKeys.opsOne(app.id), app);
      void queryClient.invalidateQueries({ queryKey: appsKeys.ops, exact: false });
    },
  });
}
