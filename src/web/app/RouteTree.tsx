import { Component, lazy, Suspense, useEffect, type ReactNode } from 'react';
import { matchRoutes, useLocation, useNavigate, useRoutes, type RouteObject } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import { PageSpinner } from '../components/PageSpinner';
import { setUnauthorizedHandler } from '../lib/api';
import { sessionQueryKey } from '../lib/session';
import { RouteError } from './RouteError';
import { loginPathFor, routes, type AppRoute } from './router';

/** One promise per chunk, shared by the preloader and React.lazy. */
const loaded = new Map<AppRoute['load'], ReturnType<NonNullable<AppRoute['load']>>>();
function load(route: AppRoute) {
  let promise = loaded.get(route.load);
  if (!promise) {
    promise = route.load!();
    loaded.set(route.load, promise);
    // A failed chunk is fetched again on the next attempt, not served from this cache.
    promise.catch(() => loaded.delete(route.load));
  }
  return promise;
}

function toRouteObject(route: AppRoute): RouteObject {
  let element = route.element;
  if (route.load) {
    const Page = lazy(() => load(route));
    element = <Page />;
  }
  const children = route.children?.map(toRouteObject);
  return route.index ? { index: true, element } : { path: route.path, element, children };
}

const routeObjects = routes.map(toRouteObject);
const sourceOf = new Map<RouteObject, AppRoute>();
(function index(objects: RouteObject[], sources: AppRoute[]) {
  objects.forEach((o, i) => {
    sourceOf.set(o, sources[i]!);
    if (o.children) index(o.children, sources[i]!.children!);
  });
})(routeObjects, routes);

/** The layout's and the page's chunks of a location, fetched together rather than one by one. */
function preload(pathname: string) {
  for (const m of matchRoutes(routeObjects, pathname) ?? []) {
    const source = sourceOf.get(m.route);
    if (source?.load) void load(source).catch(() => undefined);
  }
}

/** Any error while rendering (or loading a chunk) shows the error page until the next navigation. */
class ErrorBoundary extends Component<
  { pathname: string; children: ReactNode },
  { error: unknown; pathname: string | null }
> {
  override state = { error: null as unknown, pathname: null as string | null };
  static getDerivedStateFromError(error: unknown) {
    return { error: error ?? new Error('unknown') };
  }
  static getDerivedStateFromProps(
    props: { pathname: string },
    state: { error: unknown; pathname: string | null },
  ) {
    if (state.error && state.pathname !== null && state.pathname !== props.pathname) {
      return { error: null, pathname: props.pathname };
    }
    return { pathname: props.pathname };
  }
  override render() {
    return this.state.error ? <RouteError /> : this.props.children;
  }
}

/** The route table rendered under a BrowserRouter; a 401 leads to the area's login page. */
export function RouteTree() {
  const location = useLocation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  preload(location.pathname);
  useEffect(() => {
    setUnauthorizedHandler(() => {
      void queryClient.invalidateQueries({ queryKey: sessionQueryKey });
      const target = loginPathFor(window.location);
      if (target) void navigate(target, { replace: true });
    });
    return () => setUnauthorizedHandler(null);
  }, [navigate, queryClient]);
  const element = useRoutes(routeObjects, location);
  return (
    <ErrorBoundary pathname={location.pathname}>
      <Suspense fallback={<PageSpinner />}>{element}</Suspense>
    </ErrorBoundary>
  );
}
