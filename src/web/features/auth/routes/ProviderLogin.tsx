import { Alert } from '../../../components/Alert';
import { Tabs } from '../../../components/Tabs';
import { Card } from '../../../components/Card';
import { useCallback } from 'react';
import { useTranslation } from '../../../i18n';
import { Navigate, useNavigate } from 'react-router';
import { QrLogin } from '../components/QrLogin';
import { SmsLoginForm } from '../components/SmsLoginForm';
import { PageSpinner, useNextPath, useSession } from '../deps';

export default function ProviderLogin() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const session = useSession();
  const next = useNextPath('/provider', '/provider');
  const onSignedIn = useCallback(() => void navigate(next, { replace: true }), [navigate, next]);

  if (session.isPending) return <PageSpinner />;
  if (session.data?.actor?.kind === 'provider') return <Navigate to={next} replace />;

  return (
    <Card title={t('auth.providerSignInTitle')}>
      <Alert type="warning" showIcon title={t('auth.boundForLife')} style={{ marginBottom: 16 }} />
      <Tabs
        items={[
          {
            key: 'sms',
            label: t('auth.tabSms'),
            children: <SmsLoginForm role="provider" onSignedIn={onSignedIn} />,
          },
          {
            key: 'qr',
            label: <span data-testid="login-tab-qr">{t('auth.tabQr')}</span>,
            children: <QrLogin role="provider" onSignedIn={onSignedIn} />,
          },
        ]}
      />
    </Card>
  );
}
