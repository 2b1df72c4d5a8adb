import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { isRouteErrorResponse, useRouteError } from 'react-router';
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

export function RouteError() {
  const error = useRouteError();
  const notFound = isRouteErrorResponse(error) && error.status === 404;
  return (
    <Suspense fallback={<PageSpinner />}>
      <RouteErrorView notFound={notFound} />
    </Suspense>
  );
}
