import { Card } from '../../../components/Card';
import { useCallback } from 'react';
import { useTranslation } from '../../../i18n';
import { Navigate, useNavigate } from 'react-router';
import { SmsLoginForm } from '../components/SmsLoginForm';
import { PageSpinner, useNextPath, useSession } from '../deps';

export default function MarketLogin() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const session = useSession();
  const next = useNextPath('/market', '/market');
  const onSignedIn = useCallback(() => void navigate(next, { replace: true }), [navigate, next]);

  if (session.isPending) return <PageSpinner />;
  if (session.data?.actor?.kind === 'merchant') return <Navigate to={next} replace />;

  return (
    <Card title={t('auth.merchantSignInTitle')} style={{ maxWidth: 440, margin: '32px auto' }}>
      <SmsLoginForm role="merchant" onSignedIn={onSignedIn} />
    </Card>
  );
}
