import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { SessionActor, SessionReply } from '../../contracts/auth';
import { fetchSession, rememberSession } from './api';

export type { SessionActor, SessionReply };

export const sessionQueryKey = ['session'] as const;

export function useSession() {
  return useQuery({
    queryKey: sessionQueryKey,
    queryFn: ({ signal }) => fetchSession(signal),
    staleTime: 60_000,
  });
}

/**
 * After a sign-in or sign-out: drop what the previous actor loaded, keep the new session's
 * token and refetch the session.
 */
export function useSessionChanged() {
  const queryClient = useQueryClient();
  return useCallback(
    async (reply?: SessionReply) => {
      queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== sessionQueryKey[0] });
      if (reply) {
        rememberSession(reply);
        queryClient.setQueryData(sessionQueryKey, reply);
      }
      await queryClient.invalidateQueries({ queryKey: sessionQueryKey });
    },
    [queryClient],
  );
}
