import { useQuery } from '@tanstack/react-query';
import { Button, Space } from 'antd';
import { Descriptions } from '../../../components/Descriptions';
import { Alert } from '../../../components/Alert';
import { Tag } from '../../../components/Tag';
import { Card } from '../../../components/Card';
import { useTranslation } from '../../../i18n';
import { Link, useParams } from 'react-router';
import {
  apiRequest,
  ErrorAlert,
  formatDateTime,
  formatFen,
  PageSpinner,
  type MarketOrder,
} from '../deps';

/** 订单详情: what was bought, and (before paying) what it does to the current subscription. */
export default function OrderPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const order = useQuery({
    queryKey: ['orders', 'order', id],
    queryFn: ({ signal }) => apiRequest<MarketOrder>(`/api/market/orders/${id}`, { signal }),
    refetchInterval: (q) => (q.state.data?.state === 'pending' ? 2000 : false),
  });
  if (order.isPending) return <PageSpinner />;
  if (order.isError) return <ErrorAlert error={order.error} />;
  const o = order.data;
  return (
    <Card title={t('orders.order.title')} data-testid="order-page">
      <Descriptions
        column={1}
        items={[
          { key: 'service', label: t('orders.field.service'), children: o.serviceName },
          {
            key: 'spec',
            label: t('orders.field.spec'),
            children: `${o.packageName} · ${o.version} · ${t('orders.days', { days: o.durationDays })}`,
          },
          { key: 'price', label: t('orders.field.price'), children: `¥${formatFen(o.priceFen)}` },
          {
            key: 'state',
            label: t('orders.field.state'),
            children: <Tag data-testid="order-state">{t(`orders.state.${o.state}`)}</Tag>,
          },
          { key: 'paidAt', label: t('orders.field.paidAt'), children: formatDateTime(o.paidAt) },
        ]}
      />
      {o.state === 'pending' && (
        <Alert
          type={o.forfeitDays > 0 ? 'warning' : 'info'}
          showIcon
          style={{ marginBlock: 12 }}
          title={t(`orders.kind.${o.kind}`, { until: '', days: o.forfeitDays })}
        />
      )}
      <Space>
        {o.cashierUrl && (
          <Button type="primary" href={o.cashierUrl} data-testid="order-pay">
            {t('orders.order.pay')}
          </Button>
        )}
        <Link to="/market/my-services" data-testid="order-my-services">
          {t('orders.my.menu')}
        </Link>
        <Link to={`/market/services/${o.serviceId}`}>{t('orders.order.back')}</Link>
      </Space>
    </Card>
  );
}
