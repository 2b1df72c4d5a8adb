import { lazy, Suspense } from 'react';
import { useTranslation } from '../i18n';
import { PageSpinner } from '../components/PageSpinner';

/** When even the error page's chunk cannot load (offline, or a new deploy): plain text and reload. */
function PlainError({ notFound }: { notFound: boolean }) {
  const { t } = useTranslation();
  return (
    <div role="alert" style={{ padding: 48, textAlign: 'center' }}>
      <p>{notFound ? t('common.notFound') : t('common.pageError')}</p>
      <button type="button" onClick={() => window.location.reload()}>
        {t('common.reload')}
      </button>
    </div>
  );
}

const RouteErrorView = lazy(() =>
  import('./RouteErrorView').catch(() => ({ default: PlainError })),
);

/** Shown by RouteTree's error boundary when a page fails to render or its chunk to load. */
export function RouteError() {
  return (
    <Suspense fallback={<PageSpinner />}>
      <RouteErrorView notFound={false} />
    </Suspense>
  );
}
