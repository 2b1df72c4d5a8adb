import { Button, Col, Row, Space } from 'antd';
import { Statistic } from '../../../components/Statistic';
import { Alert } from '../../../components/Alert';
import { Result } from '../../../components/Result';
import { Card } from '../../../components/Card';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState, lazy, Suspense } from 'react';
import { useTranslation } from '../../../i18n';
import { useSearchParams } from 'react-router';
import { ErrorAlert, formatFen, PageSpinner } from '../deps';
import { useDeposit } from '../api/get-deposit';
import { usePayment } from '../api/get-payment';
import { TransactionTable } from '../components/TransactionTable';
import { RequirementTable } from '../components/RequirementTable';
import { WithdrawCard } from '../components/WithdrawCard';

// Their own chunks, loaded when a dialog opens: not on the page's first paint.
const PayDialog = lazy(() =>
  import('../components/PayDialog').then((m) => ({ default: m.PayDialog })),
);
const RechargeDialog = lazy(() =>
  import('../components/RechargeDialog').then((m) => ({ default: m.RechargeDialog })),
);

function ReturnedOrder({ id }: { id: string }) {
  const { t } = useTranslation();
  const order = usePayment(id);
  if (!order.data) return null;
  const state = order.data.state;
  const type = state === 'paid' ? 'success' : state === 'pending' ? 'info' : 'warning';
  return (
    <Alert
      type={type}
      showIcon
      style={{ marginBottom: 16 }}
      data-testid="deposit-order-state"
      data-state={state}
      title={t(`deposit.orderState.${state}`, {
        defaultValue: state,
        amount: formatFen(order.data.amountFen),
      })}
    />
  );
}

export default function DepositPage() {
  const { t } = useTranslation();
  const deposit = useDeposit();
  const [params] = useSearchParams();
  const [paying, setPaying] = useState(false);
  const [recharging, setRecharging] = useState(false);
  const returned = params.get('order');
  const paid = usePayment(returned).data?.state === 'paid';
  const qc = useQueryClient();
  useEffect(() => {
    // Once the gateway's notification has credited the order, show the new figures and records.
    if (paid) void qc.invalidateQueries({ queryKey: ['deposit'] });
  }, [paid, qc]);
  if (deposit.isPending) return <PageSpinner />;
  if (deposit.error)
    return <Result status="warning" title={<ErrorAlert error={deposit.error} />} />;
  const d = deposit.data;
  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      {returned && <ReturnedOrder id={returned} />}
      <Card title={t('deposit.title')}>
        <Row gutter={24}>
          {(['balance', 'available', 'held', 'due'] as const).map((k) => (
            <Col key={k} xs={12} md={6}>
              <Statistic
                title={t(`deposit.figure.${k}`)}
                value={formatFen(d[k])}
                valueStyle={k === 'due' && d.due > 0 ? { color: '#cf1322' } : undefined}
              />
              <span data-testid={`deposit-${k}`} data-fen={d[k]} hidden />
            </Col>
          ))}
        </Row>
        <p style={{ marginTop: 16 }}>
          {t(`deposit.rule.${d.rule}`, { amount: formatFen(d.required) })}
        </p>
        {d.payment === 'online' ? (
          <Button
            type="primary"
            disabled={d.due <= 0}
            onClick={() => setPaying(true)}
            data-testid="deposit-pay"
          >
            {t('deposit.pay')}
          </Button>
        ) : (
          <Space direction="vertical">
            <Alert type="info" showIcon title={t('deposit.offlineOnly')} />
            <Button
              type="primary"
              onClick={() => setRecharging(true)}
              data-testid="deposit-recharge"
            >
              {t('deposit.recharge')}
            </Button>
          </Space>
        )}
      </Card>
      <Card title={t('deposit.requirementsTitle')}>
        <RequirementTable overview={d} />
      </Card>
      <Card title={t('deposit.withdraw.title')}>
        <WithdrawCard overview={d} />
      </Card>
      <Card title={t('deposit.transactionsTitle')}>
        <TransactionTable />
      </Card>
      <Suspense fallback={null}>
        {recharging && <RechargeDialog open onClose={() => setRecharging(false)} />}
        {paying && (
          <PayDialog open due={d.due} existing={d.openOrder} onClose={() => setPaying(false)} />
        )}
      </Suspense>
    </Space>
  );
}
