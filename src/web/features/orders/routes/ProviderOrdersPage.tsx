import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Flex } from 'antd';
import { Popconfirm } from '../../../components/Popconfirm';
import { Tag } from '../../../components/Tag';
import { Card } from '../../../components/Card';
import { Table } from '../../../components/Table';
import { useTranslation } from '../../../i18n';
import {
  apiRequest,
  ErrorAlert,
  formatDate,
  formatDateTime,
  formatFen,
  PageSpinner,
  type ProviderOrdersReply,
} from '../deps';

/** 订单管理 (provider): orders with masked buyers, refunds within the window, subscribers, settlement. */
export default function ProviderOrdersPage() {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const data = useQuery({
    queryKey: ['orders', 'provider'],
    queryFn: ({ signal }) => apiRequest<ProviderOrdersReply>('/api/provider/orders', { signal }),
  });
  const refund = useMutation({
    mutationFn: (id: string) => apiRequest(`/api/provider/orders/${id}/refund`, { method: 'POST' }),
    onSuccess: () => void qc.invalidateQueries({ queryKey: ['orders', 'provider'] }),
  });
  if (data.isPending) return <PageSpinner />;
  if (data.isError) return <ErrorAlert error={data.error} />;
  const d = data.data;
  return (
    <Flex vertical gap={16}>
      {refund.isError && <ErrorAlert error={refund.error} />}
      <Card title={t('orders.provider.title')}>
        <Table
          rowKey="id"
          dataSource={d.items}
          data-testid="provider-orders"
          pagination={{ pageSize: 20 }}
          columns={[
            { title: t('orders.field.service'), dataIndex: 'serviceName' },
            { title: t('orders.field.buyer'), dataIndex: 'merchantMasked' },
            {
              title: t('orders.field.spec'),
              render: (_, o) =>
                `${o.packageName} · ${o.version} · ${t('orders.days', { days: o.durationDays })}`,
            },
            { title: t('orders.field.price'), render: (_, o) => `¥${formatFen(o.priceFen)}` },
            {
              title: t('orders.field.commission'),
              render: (_, o) => `¥${formatFen(o.commissionFen)}`,
            },
            {
              title: t('orders.field.state'),
              render: (_, o) => <Tag>{t(`orders.state.${o.state}`)}</Tag>,
            },
            { title: t('orders.field.paidAt'), render: (_, o) => formatDateTime(o.paidAt) },
            {
              title: t('orders.field.actions'),
              render: (_, o) =>
                o.canRefund && (
                  <Popconfirm
                    title={t('orders.provider.refundConfirm')}
                    onConfirm={() => refund.mutate(o.id)}
                  >
                    <Button size="small" danger>
                      {t('orders.provider.refund')}
                    </Button>
                  </Popconfirm>
                ),
            },
          ]}
        />
      </Card>
      <Card title={t('orders.provider.subscribers')}>
        <Table
          rowKey="id"
          dataSource={d.subscribers}
          pagination={{ pageSize: 20 }}
          columns={[
            { title: t('orders.field.service'), dataIndex: 'serviceName' },
            { title: t('orders.field.buyer'), dataIndex: 'merchantMasked' },
            {
              title: t('orders.field.spec'),
              render: (_, s) => (s.mode === 'authorized' ? t('orders.my.authorized') : s.version),
            },
            { title: t('orders.field.validUntil'), render: (_, s) => formatDate(s.validUntil) },
            { title: t('orders.field.state'), render: (_, s) => t(`orders.subState.${s.state}`) },
          ]}
        />
      </Card>
      <Card title={t('orders.provider.settlement')}>
        <Table
          rowKey="date"
          dataSource={d.settlement}
          pagination={false}
          columns={[
            { title: t('orders.provider.withdrawableFrom'), dataIndex: 'date' },
            { title: t('orders.provider.net'), render: (_, s) => `¥${formatFen(s.netFen)}` },
            { title: t('orders.provider.orders'), dataIndex: 'orders' },
          ]}
        />
      </Card>
    </Flex>
  );
}
