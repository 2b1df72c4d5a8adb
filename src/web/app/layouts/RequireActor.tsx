import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import type { SessionActor } from '../../lib/session';
import { useSession } from '../../lib/session';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageSpinner } from '../../components/PageSpinner';

interface Props {
  kind: SessionActor['kind'];
  loginPath: string;
  children: ReactNode;
}

/** Renders its children for a signed-in actor of `kind`; anyone else goes to the login page. */
export function RequireActor({ kind, loginPath, children }: Props) {
  const session = useSession();
  const location = useLocation();
  if (session.isPending) return <PageSpinner />;
  if (session.isError) return <ErrorAlert error={session.error} />;
  if (session.data.actor?.kind !== kind) {
    const next = encodeURIComponent(location.pathname + location.search);
    return <Navigate to={`${loginPath}?next=${next}`} replace />;
  }
  return children;
}
