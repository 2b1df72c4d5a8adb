import { Button } from 'antd';
import { Descriptions } from '../../../components/Descriptions';
import { Typography } from '../../../components/Typography';
import { Card } from '../../../components/Card';
import { useTranslation } from '../../../i18n';
import { useNavigate } from 'react-router';
import { useMyOnboarding } from '../api/get-my-onboarding';
import { ApplicationStateTag, ErrorAlert, formatDate, PageSpinner, useSession } from '../deps';

export default function ProviderHome() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const session = useSession();
  const onboarding = useMyOnboarding();
  if (onboarding.isPending) return <PageSpinner />;
  if (onboarding.isError) return <ErrorAlert error={onboarding.error} />;
  const app = onboarding.data.application;
  const state = app?.state ?? 'draft';
  const actor = session.data?.actor;
  return (
    <>
      <Typography.Title level={3}>{t('provider.home.title')}</Typography.Title>
      <Card
        title={t('provider.home.onboardingCard')}
        extra={
          <Button type="primary" onClick={() => void navigate('/provider/onboarding')}>
            {state === 'approved' ? t('provider.home.view') : t('provider.home.continue')}
          </Button>
        }
      >
        <Descriptions
          column={1}
          items={[
            {
              key: 'account',
              label: t('provider.home.account'),
              children: actor && actor.kind !== 'operator' ? actor.mobileMasked : '—',
            },
            {
              key: 'state',
              label: t('provider.home.state'),
              children: <ApplicationStateTag state={state} />,
            },
            {
              key: 'company',
              label: t('onboardingField.companyName'),
              children: app?.draft.companyName || '—',
            },
            {
              key: 'expectedBy',
              label: t('provider.home.expectedBy'),
              children: formatDate(app?.state === 'submitted' ? app.expectedBy : null),
            },
          ]}
        />
      </Card>
    </>
  );
}
