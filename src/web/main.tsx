import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router/dom';
import { i18nReady } from './i18n';
import './styles.css';
import { Providers } from './app/providers';
import { queryClient } from './app/query-client';
import { loginPathFor, router } from './app/router';
import { setUnauthorizedHandler } from './lib/api';
import { sessionQueryKey } from './lib/session';

// A 401 from any call: the session is gone or lacks the right role; refetch it and go to the
// login page of the current area.
setUnauthorizedHandler(() => {
  void queryClient.invalidateQueries({ queryKey: sessionQueryKey });
  const target = loginPathFor(router.state.location);
  if (target) void router.navigate(target, { replace: true });
});

// Renders once the visitor's language is loaded (immediate for zh-CN, the default).
void i18nReady.then(() =>
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <Providers>
        <RouterProvider router={router} />
      </Providers>
    </StrictMode>,
  ),
);
