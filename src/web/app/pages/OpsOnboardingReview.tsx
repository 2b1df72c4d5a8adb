import { lazy, Suspense } from 'react';
import ReviewDetail from '../../features/review/routes/ReviewDetail';

/** Loaded below an approved provider's application, after the page's first paint. */
const ProviderPenaltyPanel = lazy(
  () => import('../../features/services/components/ProviderPenaltyPanel'),
);

/**
 * `/ops/onboarding/:id`: the application review, and once approved the provider-level penalties
 * (freeze publishing, revoke a category, expel), so a provider with no service yet can be reached.
 */
export default function OpsOnboardingReview() {
  return (
    <ReviewDetail
      providerPanel={(p) => (
        <Suspense fallback={null}>
          <ProviderPenaltyPanel providerId={p.id} companyName={p.companyName} />
        </Suspense>
      )}
    />
  );
}
