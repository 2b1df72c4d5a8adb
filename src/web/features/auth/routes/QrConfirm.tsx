import { Button } from 'antd';
import { Result } from '../../../components/Result';
import { Typography } from '../../../components/Typography';
import { Card } from '../../../components/Card';
import { useTranslation } from '../../../i18n';
import { useParams, useSearchParams } from 'react-router';
import { useConfirmQr } from '../api/confirm-qr';
import { SmsLoginForm } from '../components/SmsLoginForm';
import { ErrorAlert, PageSpinner, useSession } from '../deps';

/** The phone page a QR code opens: a signed-in account confirms the desktop's sign-in. */
export default function QrConfirm() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const [params] = useSearchParams();
  const role = params.get('role') === 'merchant' ? 'merchant' : 'provider';
  const session = useSession();
  const confirm = useConfirmQr();

  if (session.isPending) return <PageSpinner />;
  if (confirm.isSuccess) {
    return (
      <Result status="success" title={t('auth.qrDoneTitle')} subTitle={t('auth.qrDoneText')} />
    );
  }

  const actor = session.data?.actor;
  if (!actor || actor.kind === 'operator') {
    return (
      <Card title={t('auth.qrSignInFirst')}>
        <SmsLoginForm role={role} onSignedIn={() => undefined} />
      </Card>
    );
  }

  return (
    <Card title={t('auth.qrConfirmTitle')}>
      <ErrorAlert error={confirm.error} />
      <Typography.Paragraph>
        {t('auth.qrConfirmText', { account: actor.mobileMasked })}
      </Typography.Paragraph>
      <Button
        type="primary"
        block
        loading={confirm.isPending}
        onClick={() => confirm.mutate(id)}
        data-testid="qr-confirm"
      >
        {t('auth.qrConfirm')}
      </Button>
    </Card>
  );
}
