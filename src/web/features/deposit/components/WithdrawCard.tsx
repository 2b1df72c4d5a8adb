import { Button, Form, InputNumber, Space } from 'antd';
import { Popconfirm } from '../../../components/Popconfirm';
import { Input } from '../../../components/Input';
import { Alert } from '../../../components/Alert';
import { Tag } from '../../../components/Tag';
import { Table } from '../../../components/Table';
import { useTranslation } from '../../../i18n';
import {
  applyFieldErrors,
  ErrorAlert,
  formatDateTime,
  formatFen,
  type DepositOverviewReply,
} from '../deps';
import { useMyMoneyOuts, useRequestExit, useWithdraw, type MyMoneyOut } from '../api/money-outs';

type Values = { amountFen: number; reason?: string };

const OPEN = new Set(['requested', 'first_approved']);

/**
 * 提取 / 退出: kuaishou withdraws what is above the requirement online; xiaohongshu files a 工单.
 * Exit asks for everything back. Either way two operators approve before money leaves.
 */
export function WithdrawCard({ overview }: { overview: DepositOverviewReply }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const withdraw = useWithdraw();
  const exit = useRequestExit();
  const outs = useMyMoneyOuts();
  const exitOpen = outs.data?.items.some((o) => o.kind === 'exit' && OPEN.has(o.state));
  const online = overview.withdrawal === 'online';
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <p>
        {t('deposit.withdraw.withdrawable', { amount: formatFen(overview.available) })}
        <span data-testid="deposit-withdrawable" data-fen={overview.available} hidden />
      </p>
      <Form<Values>
        form={form}
        layout="inline"
        onValuesChange={() => withdraw.reset()}
        onFinish={(v) =>
          withdraw.mutate(
            { amountFen: Math.round(v.amountFen * 100), reason: v.reason ?? '' },
            { onSuccess: () => form.resetFields(), onError: (e) => applyFieldErrors(form, e) },
          )
        }
      >
        <Form.Item
          name="amountFen"
          label={t('deposit.withdraw.amount')}
          rules={[{ required: true, message: t('deposit.withdraw.amountRequired') }]}
        >
          <InputNumber
            min={0.01}
            precision={2}
            style={{ width: 180 }}
            disabled={overview.available <= 0}
            data-testid="deposit-withdraw-amount"
          />
        </Form.Item>
        <Form.Item name="reason" label={t('deposit.withdraw.reason')}>
          <Input maxLength={200} style={{ width: 220 }} />
        </Form.Item>
        <Button
          type="primary"
          htmlType="submit"
          loading={withdraw.isPending}
          disabled={overview.available <= 0}
          data-testid="deposit-withdraw-submit"
        >
          {online ? t('deposit.withdraw.submit') : t('deposit.withdraw.submitTicket')}
        </Button>
      </Form>
      <ErrorAlert error={withdraw.error} testId="deposit-withdraw-error" />
      {withdraw.isSuccess && (
        <Alert type="success" showIcon title={t('deposit.withdraw.requested')} />
      )}
      <Space wrap>
        <Popconfirm
          title={t('deposit.exit.confirm', { amount: formatFen(overview.balance) })}
          onConfirm={() => exit.mutate({ reason: '' })}
        >
          <Button danger disabled={exitOpen} data-testid="deposit-exit">
            {t('deposit.exit.button')}
          </Button>
        </Popconfirm>
        <span>{exitOpen ? t('deposit.exit.pending') : t('deposit.exit.hint')}</span>
      </Space>
      <ErrorAlert error={exit.error} testId="deposit-exit-error" />
      <Table<MyMoneyOut>
        rowKey="id"
        size="small"
        data-testid="deposit-money-outs"
        loading={outs.isPending}
        dataSource={outs.data?.items}
        pagination={false}
        locale={{ emptyText: t('deposit.withdraw.none') }}
        columns={[
          {
            title: t('deposit.col.at'),
            dataIndex: 'createdAt',
            render: (v: string) => formatDateTime(v),
          },
          {
            title: t('deposit.col.kind'),
            dataIndex: 'kind',
            render: (v: string) => t(`moneyOut.kind.${v}`, { defaultValue: v }),
          },
          {
            title: t('deposit.col.amount'),
            dataIndex: 'amountFen',
            align: 'right',
            render: (v: number) => formatFen(v),
          },
          {
            title: t('deposit.col.status'),
            dataIndex: 'state',
            render: (v: string) => (
              <Tag color={v === 'done' ? 'green' : v === 'rejected' ? 'red' : 'blue'}>
                {t(`moneyOut.state.${v}`, { defaultValue: v })}
              </Tag>
            ),
          },
        ]}
      />
    </Space>
  );
}
