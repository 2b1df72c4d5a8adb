import { ReloadOutlined } from '@ant-design/icons';
import { Button, Flex, Spin } from 'antd';
import { Typography } from '../../../components/Typography';
import { useEffect } from 'react';
import { useTranslation } from '../../../i18n';
import { useQrStatus } from '../api/qr-status';
import { useStartQr, type AccountRole } from '../api/start-qr';
import { ErrorAlert, useSessionChanged } from '../deps';

const boxSize = 200;

/** Shows a QR ticket and waits for a signed-in phone to confirm it. */
export function QrLogin({ role, onSignedIn }: { role: AccountRole; onSignedIn: () => void }) {
  const { t } = useTranslation();
  const ticket = useStartQr(role);
  const status = useQrStatus(ticket.data?.id);
  const sessionChanged = useSessionChanged();
  const state = status.data?.status;

  useEffect(() => {
    // 'confirmed': the server has set this browser's session cookie.
    if (state === 'confirmed') void sessionChanged().then(onSignedIn);
  }, [state, sessionChanged, onSignedIn]);

  const expired = state === 'expired' || state === 'consumed' || status.isError;
  const refresh = () => void ticket.refetch();

  return (
    <Flex vertical align="center" gap={12}>
      <ErrorAlert error={ticket.error} />
      <div
        style={{ position: 'relative', width: boxSize, height: boxSize, border: '1px solid #eee' }}
      >
        {ticket.data ? (
          <div
            className="fuwu-qr"
            data-testid="qr-image"
            style={{ width: boxSize, height: boxSize, opacity: expired ? 0.15 : 1 }}
            dangerouslySetInnerHTML={{ __html: ticket.data.qrSvg }}
          />
        ) : (
          <Flex justify="center" align="center" style={{ height: '100%' }}>
            <Spin />
          </Flex>
        )}
        {expired && (
          <Flex
            vertical
            justify="center"
            align="center"
            gap={8}
            style={{ position: 'absolute', inset: 0 }}
            data-testid="qr-expired"
          >
            <Typography.Text strong>{t('auth.qrExpired')}</Typography.Text>
            <Button icon={<ReloadOutlined />} onClick={refresh} data-testid="qr-refresh">
              {t('auth.qrRefresh')}
            </Button>
          </Flex>
        )}
      </div>
      <Typography.Text type="secondary">
        {state === 'confirmed' ? t('auth.qrConfirmed') : t('auth.qrHint')}
      </Typography.Text>
      {ticket.data && !expired && (
        <Typography.Link href={ticket.data.confirmUrl} target="_blank" data-testid="qr-confirm-url">
          {t('auth.qrOpenOnPhone')}
        </Typography.Link>
      )}
    </Flex>
  );
}
