import { lazy, Suspense } from 'react';

/** The dialog (antd Modal and the copyable Typography) loads when there is a secret to show. */
const SecretOnceDialog = lazy(() => import('./SecretOnceDialog'));

/** The app secret, shown this once (it is stored hashed): copy it now. */
export function SecretOnce({ secret, onClose }: { secret: string | null; onClose: () => void }) {
  if (secret === null) return null;
  return (
    <Suspense fallback={null}>
      <SecretOnceDialog secret={secret} onClose={onClose} />
    </Suspense>
  );
}
