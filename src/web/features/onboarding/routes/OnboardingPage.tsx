import { lazy, Suspense } from 'react';
import { Typography } from '../../../components/Typography';
import { useTranslation } from '../../../i18n';
import { useMyOnboarding } from '../api/get-my-onboarding';
import {
  ApprovedResult,
  RefusalResult,
  RejectionAlert,
  SubmittedResult,
} from '../components/OnboardingResults';
import { ApplicationStateTag, ErrorAlert, PageSpinner, type MyOnboardingReply } from '../deps';

/**
 * Each stage is its own chunk and a visit downloads the one it shows: the agreements (a list and
 * checkboxes), the eligibility question (radios), or the wizard (antd Form and Upload with plain
 * selects, number and date boxes: ~53 KB gzip). bench/bundle-screens.ts counts each with the page.
 */
const AgreementsStep = lazy(() =>
  import('../components/AgreementsStep').then((m) => ({ default: m.AgreementsStep })),
);
const EligibilityStep = lazy(() =>
  import('../components/EligibilityStep').then((m) => ({ default: m.EligibilityStep })),
);
const OnboardingWizard = lazy(() =>
  import('../components/OnboardingWizard').then((m) => ({ default: m.OnboardingWizard })),
);

/** What the provider sees next, from the onboarding reply. */
function Stage({ data }: { data: MyOnboardingReply }) {
  const { application: app, eligibility, agreements, reviewRequired } = data;
  if (app?.state === 'submitted') return <SubmittedResult expectedBy={app.expectedBy} />;
  if (app?.state === 'approved') return <ApprovedResult reviewRequired={reviewRequired} />;
  if (eligibility.refusal) return <RefusalResult refusal={eligibility.refusal} />;
  if (agreements.some((a) => a.acceptedAt === null)) {
    return <AgreementsStep agreements={agreements} />;
  }
  if (!eligibility.checked) return <EligibilityStep reviewRequired={reviewRequired} />;
  const rejected = app?.state === 'rejected' ? app.latest : null;
  return (
    <>
      {rejected && <RejectionAlert latest={rejected} />}
      <OnboardingWizard
        draft={app?.draft ?? {}}
        licenceName={app?.licence?.name}
        fieldReasons={rejected?.fieldReasons}
        reviewRequired={reviewRequired}
      />
    </>
  );
}

export default function OnboardingPage() {
  const { t } = useTranslation();
  const onboarding = useMyOnboarding();
  if (onboarding.isPending) return <PageSpinner />;
  if (onboarding.isError) return <ErrorAlert error={onboarding.error} />;
  const { data } = onboarding;
  const state = data.application?.state ?? 'draft';
  return (
    <>
      <Typography.Title level={3}>
        {data.reviewRequired ? t('onboarding.title') : t('onboarding.titleDeveloper')}{' '}
        <ApplicationStateTag state={state} />
        <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid="onboarding-state">
          {state}
        </Typography.Text>
      </Typography.Title>
      <Suspense fallback={<PageSpinner />}>
        <Stage data={data} />
      </Suspense>
    </>
  );
}
