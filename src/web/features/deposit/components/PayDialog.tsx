import { Button, Modal, Radio, Space } from 'antd';
import { Alert } from '../../../components/Alert';
import { Typography } from '../../../components/Typography';
import { useEffect, useState } from 'react';
import { useTranslation } from '../../../i18n';
import { ErrorAlert, formatFen } from '../deps';
import { useStartPayment, type Channel, type PaymentOrder } from '../api/start-payment';

const CHANNELS: Channel[] = ['alipay', 'wechat', 'bank_personal', 'bank_corporate'];

function Countdown({ until }: { until: string }) {
  const { t } = useTranslation();
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  const left = Math.max(0, Math.floor((new Date(until).getTime() - now) / 1000));
  const mm = String(Math.floor(left / 60)).padStart(2, '0');
  const ss = String(left % 60).padStart(2, '0');
  return (
    <Typography.Text type={left < 300 ? 'danger' : undefined} data-testid="deposit-countdown">
      {left > 0 ? t('deposit.payWithin', { time: `${mm}:${ss}` }) : t('deposit.orderExpired')}
    </Typography.Text>
  );
}

/** 去缴纳: choose a channel, get a 60-minute order, go to the gateway's cashier. */
export function PayDialog({
  open,
  due,
  existing,
  onClose,
}: {
  open: boolean;
  due: number;
  existing: PaymentOrder | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [channel, setChannel] = useState<Channel>(existing?.channel ?? 'alipay');
  const start = useStartPayment();
  const order = start.data ?? (existing?.channel === channel ? existing : null);
  return (
    <Modal
      open={open}
      title={t('deposit.payTitle')}
      onCancel={onClose}
      footer={null}
      destroyOnHidden
    >
      <Space direction="vertical" style={{ width: '100%' }} size="middle">
        <Alert type="warning" showIcon title={t('deposit.noOfflineTransfer')} />
        <div>
          {t('deposit.amountDue')}:{' '}
          <Typography.Text strong data-testid="deposit-pay-amount">
            {formatFen(due)}
          </Typography.Text>
        </div>
        <Radio.Group value={channel} onChange={(e) => setChannel(e.target.value as Channel)}>
          <Space direction="vertical">
            {CHANNELS.map((c) => (
              <Radio key={c} value={c} data-testid={`deposit-channel-${c}`}>
                {t(`deposit.channel.${c}`)}
              </Radio>
            ))}
          </Space>
        </Radio.Group>
        <ErrorAlert error={start.error} />
        {order ? (
          <Space direction="vertical">
            <Countdown until={order.expiresAt} />
            <Button
              type="primary"
              href={order.cashierUrl ?? undefined}
              data-testid="deposit-go-cashier"
            >
              {t('deposit.goCashier')}
            </Button>
          </Space>
        ) : (
          <Button
            type="primary"
            loading={start.isPending}
            onClick={() => start.mutate(channel)}
            data-testid="deposit-create-order"
          >
            {t('deposit.createOrder')}
          </Button>
        )}
      </Space>
    </Modal>
  );
}
