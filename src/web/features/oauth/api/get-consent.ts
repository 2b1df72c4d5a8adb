import { useQuery } from '@tanstack/react-query';
import { apiRequest, type AuthorizeQuery, type ConsentReply } from '../deps';

/** What the consent page shows for an authorization request (or where to send the browser). */
export function getConsent(query: AuthorizeQuery, signal?: AbortSignal): Promise<ConsentReply> {
  return apiRequest('/api/market/oauth/authorize', { query, signal });
}

export function useConsent(query: AuthorizeQuery) {
  return useQuery({
    queryKey: ['oauth', 'consent', query],
    queryFn: ({ signal }) => getConsent(query, signal),
    retry: false,
    staleTime: Infinity,
  });
}
