import { useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import { apiRequest, type authorizationListReplySchema } from '../deps';

export type AuthorizationList = z.infer<typeof authorizationListReplySchema>;
export type Authorization = AuthorizationList['items'][number];
export const authorizationsKey = ['oauth', 'authorizations'] as const;

export function listAuthorizations(signal?: AbortSignal): Promise<AuthorizationList> {
  return apiRequest('/api/market/authorizations', { signal });
}

export function useAuthorizations() {
  return useQuery({
    queryKey: authorizationsKey,
    queryFn: ({ signal }) => listAuthorizations(signal),
  });
}
