import { useSearchParams } from 'react-router';

/** The `?next=` path to return to after sign-in, if it stays inside `area`; else `fallback`. */
export function useNextPath(area: string, fallback: string): string {
  const [params] = useSearchParams();
  const next = params.get('next');
  if (next && next.startsWith(area) && !next.startsWith('//') && !next.endsWith('/login')) {
    return next;
  }
  return fallback;
}
