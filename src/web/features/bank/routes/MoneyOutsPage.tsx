import { Button, Space } from 'antd';
import { Segmented } from '../../../components/Segmented';
import { Popconfirm } from '../../../components/Popconfirm';
import { Tag } from '../../../components/Tag';
import { Card } from '../../../components/Card';
import { Table } from '../../../components/Table';
import { useState } from 'react';
import { useTranslation } from '../../../i18n';
import { ErrorAlert, formatDateTime, formatFen } from '../deps';
import {
  useApproveMoneyOut,
  useMoneyOuts,
  useRejectMoneyOut,
  type MoneyOut,
  type MoneyOutState,
} from '../api/money-outs';
import { DeductionForm } from '../components/DeductionForm';

const STATES: MoneyOutState[] = ['requested', 'first_approved', 'done', 'rejected'];

function Actions({ out }: { out: MoneyOut }) {
  const { t } = useTranslation();
  const approve = useApproveMoneyOut();
  const reject = useRejectMoneyOut();
  if (out.state !== 'requested' && out.state !== 'first_approved') return null;
  return (
    <Space direction="vertical">
      <Space>
        <Popconfirm
          title={t('moneyOut.approveConfirm', { amount: formatFen(out.amountFen) })}
          onConfirm={() => approve.mutate(out.id)}
        >
          <Button size="small" type="primary" data-testid={`money-out-approve-${out.id}`}>
            {t('moneyOut.approve')}
          </Button>
        </Popconfirm>
        <Popconfirm title={t('moneyOut.rejectConfirm')} onConfirm={() => reject.mutate(out.id)}>
          <Button size="small" danger data-testid={`money-out-reject-${out.id}`}>
            {t('moneyOut.reject')}
          </Button>
        </Popconfirm>
      </Space>
      <ErrorAlert error={approve.error ?? reject.error} testId={`money-out-error-${out.id}`} />
    </Space>
  );
}

/** 资金流出审批: withdrawals, exits and deductions wait here for a second operator. */
export default function MoneyOutsPage() {
  const { t } = useTranslation();
  const [state, setState] = useState<MoneyOutState>('requested');
  const list = useMoneyOuts(state);
  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Card title={t('moneyOut.queueTitle')}>
        <p>{t('moneyOut.queueHint')}</p>
        <Segmented
          value={state}
          onChange={(v) => setState(v as MoneyOutState)}
          options={STATES.map((s) => ({ value: s, label: t(`moneyOut.state.${s}`) }))}
          data-testid="money-out-states"
        />
        <ErrorAlert error={list.error} testId="money-outs-error" />
        <Table<MoneyOut>
          style={{ marginTop: 12 }}
          rowKey="id"
          data-testid="money-outs"
          loading={list.isPending}
          dataSource={list.data?.items}
          scroll={{ x: true }}
          columns={[
            {
              title: t('moneyOut.col.at'),
              dataIndex: 'createdAt',
              render: (v: string) => formatDateTime(v),
            },
            {
              title: t('moneyOut.col.provider'),
              dataIndex: 'providerId',
              render: (v: string, r) => (
                <span>
                  {r.companyName ?? '—'}
                  <br />
                  <small>{v}</small>
                </span>
              ),
            },
            {
              title: t('moneyOut.col.kind'),
              dataIndex: 'kind',
              render: (v: string) => <Tag>{t(`moneyOut.kind.${v}`, { defaultValue: v })}</Tag>,
            },
            {
              title: t('moneyOut.col.amount'),
              dataIndex: 'amountFen',
              align: 'right',
              render: (v: number) => formatFen(v),
            },
            {
              title: t('moneyOut.col.reason'),
              dataIndex: 'reason',
              render: (v: string, r) => (
                <span>
                  {r.rule && (
                    <>
                      {t('moneyOut.ruleLine', { rule: r.rule })}
                      <br />
                    </>
                  )}
                  {v || '—'}
                </span>
              ),
            },
            {
              title: t('moneyOut.col.requestedBy'),
              dataIndex: 'requestedBy',
              render: (v: string) => (v === 'provider' ? t('moneyOut.byProvider') : v),
            },
            {
              title: t('moneyOut.col.firstApprovedBy'),
              dataIndex: 'firstApprovedBy',
              render: (v: string | null) => v ?? '—',
            },
            {
              title: t('moneyOut.col.state'),
              dataIndex: 'state',
              render: (v: string) => t(`moneyOut.state.${v}`, { defaultValue: v }),
            },
            {
              title: t('moneyOut.col.actions'),
              key: 'a',
              render: (_: unknown, r) => <Actions out={r} />,
            },
          ]}
        />
      </Card>
      <Card title={t('moneyOut.deductTitle')}>
        <DeductionForm />
      </Card>
    </Space>
  );
}
