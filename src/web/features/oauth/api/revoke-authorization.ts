import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../deps';
import { authorizationsKey } from './list-authorizations';

/** Revokes an authorization; the app's tokens stop working at once. */
export function revokeAuthorization(id: string): Promise<{ ok: true }> {
  return apiRequest(`/api/market/authorizations/${encodeURIComponent(id)}/revoke`, {
    method: 'POST',
  });
}

export function useRevokeAuthorization() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: revokeAuthorization,
    onSettled: () => queryClient.invalidateQueries({ queryKey: authorizationsKey }),
  });
}
