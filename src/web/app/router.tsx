import type { ComponentType, ReactNode } from 'react';
import { Navigate } from 'react-router';

type PageModule = { default: ComponentType };

/** One entry of the route table: a path (or index) and either an element or a lazy chunk. */
export interface AppRoute {
  path?: string;
  index?: boolean;
  element?: ReactNode;
  /** Imports the route's component: each area and page is its own chunk. */
  load?: () => Promise<PageModule>;
  children?: AppRoute[];
}

/** A route whose component loads on demand (React.lazy in RouteTree, preloaded on navigation). */
const page = (load: () => Promise<PageModule>) => ({ load });

/**
 * Identity: marks the route table for bench/bundle.ts, which reads the paths and import()s of
 * its argument to know which chunks a first visit to each route downloads.
 */
const routeTable = (table: AppRoute[]) => table;

/**
 * The declarative routes (rendered by RouteTree with useRoutes inside a BrowserRouter): react-router's
 * data router (createBrowserRouter) costs ~17 KB gzip more on every page and no route uses loaders.
 */
export const routes = routeTable([
  { path: '/', element: <Navigate to="/market" replace /> },
  {
    path: '/market',
    ...page(() => import('./layouts/MarketLayout')),
    children: [
      { index: true, ...page(() => import('../features/market/routes/MarketHome')) },
      { path: 'search', ...page(() => import('../features/market/routes/MarketSearch')) },
      { path: 'login', ...page(() => import('../features/auth/routes/MarketLogin')) },
      {
        path: 'merchant-onboarding',
        ...page(() => import('../features/market/routes/MerchantOnboarding')),
      },
      {
        path: 'oauth/authorize',
        ...page(() => import('../features/oauth/routes/ConsentPage')),
      },
      {
        path: 'authorizations',
        ...page(() => import('../features/oauth/routes/MyAuthorizationsPage')),
      },
      {
        path: 'services/:id',
        ...page(() => import('../features/services/routes/MarketServicePage')),
      },
      { path: 'orders/:id', ...page(() => import('../features/orders/routes/OrderPage')) },
      {
        path: 'my-services',
        ...page(() => import('../features/orders/routes/MyServicesPage')),
      },
    ],
  },
  {
    ...page(() => import('./layouts/PublicLayout')),
    children: [
      {
        path: '/provider/login',
        ...page(() => import('../features/auth/routes/ProviderLogin')),
      },
      { path: '/ops/login', ...page(() => import('../features/auth/routes/OpsLogin')) },
      { path: '/m/qr/:id', ...page(() => import('../features/auth/routes/QrConfirm')) },
      {
        path: '/verify-voucher',
        ...page(() => import('../features/deposit/routes/VoucherVerifyPage')),
      },
    ],
  },
  {
    path: '/provider',
    ...page(() => import('./layouts/ProviderLayout')),
    children: [
      { index: true, ...page(() => import('../features/onboarding/routes/ProviderHome')) },
      {
        path: 'onboarding',
        ...page(() => import('../features/onboarding/routes/OnboardingPage')),
      },
      { path: 'deposit', ...page(() => import('../features/deposit/routes/DepositPage')) },
      {
        path: 'qualifications',
        ...page(() => import('../features/qualifications/routes/MyQualificationsPage')),
      },
      {
        path: 'qualifications/apply',
        ...page(() => import('../features/qualifications/routes/ApplyPage')),
      },
      {
        path: 'qualifications/:id',
        ...page(() => import('../features/qualifications/routes/ApplicationPage')),
      },
      {
        path: 'certification',
        ...page(() => import('../features/certification/routes/CertificationPage')),
      },
      {
        path: 'enterprise',
        ...page(() => import('../features/enterprise/routes/EnterprisePage')),
      },
      { path: 'apps', ...page(() => import('../features/apps/routes/AppsPage')) },
      { path: 'apps/new', ...page(() => import('../features/apps/routes/AppNewPage')) },
      { path: 'apps/:id', ...page(() => import('../features/apps/routes/AppDetailPage')) },
      { path: 'services', ...page(() => import('../features/services/routes/ServicesPage')) },
      {
        path: 'orders',
        ...page(() => import('../features/orders/routes/ProviderOrdersPage')),
      },
      {
        path: 'services/new',
        ...page(() => import('../features/services/routes/NewServicePage')),
      },
      {
        path: 'services/:id',
        ...page(() => import('../features/services/routes/ServiceDetailPage')),
      },
    ],
  },
  {
    path: '/ops',
    ...page(() => import('./layouts/OpsLayout')),
    children: [
      { index: true, element: <Navigate to="/ops/onboarding" replace /> },
      { path: 'onboarding', ...page(() => import('../features/review/routes/ReviewList')) },
      {
        path: 'onboarding/:id',
        ...page(() => import('./pages/OpsOnboardingReview')),
      },
      {
        path: 'qualifications',
        ...page(() => import('../features/qualification-review/routes/QualificationQueue')),
      },
      {
        path: 'qualifications/:id',
        ...page(() => import('../features/qualification-review/routes/QualificationReviewPage')),
      },
      {
        path: 'certifications',
        ...page(() => import('../features/qualification-review/routes/CertificationQueue')),
      },
      {
        path: 'certifications/:id',
        ...page(() => import('../features/qualification-review/routes/CertificationReviewPage')),
      },
      {
        path: 'categories',
        ...page(() => import('../features/categories/routes/CategoriesPage')),
      },
      { path: 'outbox', ...page(() => import('../features/outbox/routes/OutboxPage')) },
      { path: 'policy', ...page(() => import('../features/policy/routes/PolicyPage')) },
      { path: 'calendar', ...page(() => import('../features/calendar/routes/CalendarPage')) },
      { path: 'audit', ...page(() => import('../features/audit/routes/AuditPage')) },
      { path: 'deposits', ...page(() => import('../features/bank/routes/BankPage')) },
      {
        path: 'ratings',
        ...page(() => import('../features/orders/routes/OpsRatingsPage')),
      },
      {
        path: 'money-outs',
        ...page(() => import('../features/bank/routes/MoneyOutsPage')),
      },
      { path: 'apps', ...page(() => import('../features/apps/routes/OpsAppsPage')) },
      { path: 'apps/:id', ...page(() => import('../features/apps/routes/OpsAppDetailPage')) },
      {
        path: 'services/review',
        ...page(() => import('../features/services/routes/OpsServiceQueue')),
      },
      {
        path: 'services/:id',
        ...page(() => import('../features/services/routes/OpsServiceReviewPage')),
      },
    ],
  },
  { path: '*', ...page(() => import('./NotFound')) },
]);

/** Where a 401 sends the user: the login page of the area they are in. */
export function loginPathFor({ pathname, search }: { pathname: string; search: string }) {
  const next = `?next=${encodeURIComponent(pathname + search)}`;
  if (pathname.startsWith('/ops') && pathname !== '/ops/login') return `/ops/login${next}`;
  if (pathname.startsWith('/provider') && pathname !== '/provider/login') {
    return `/provider/login${next}`;
  }
  if (pathname.startsWith('/market') && pathname !== '/market/login') {
    return `/market/login${next}`;
  }
  return null;
}
