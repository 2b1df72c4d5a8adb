import { useMutation, useQuery } from '@tanstack/react-query';
import { Button, Flex } from 'antd';
import { Alert } from '../../../components/Alert';
import { Tag } from '../../../components/Tag';
import { Card } from '../../../components/Card';
import { Table } from '../../../components/Table';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from '../../../i18n';
import { Link } from 'react-router';
import {
  apiRequest,
  ErrorAlert,
  formatDate,
  PageSpinner,
  type MyServicesReply,
  type SubscriptionView,
} from '../deps';

const RateDialog = lazy(() => import('../components/RateDialog'));

/** 我的服务: each subscription, what was bought, when it ends; renew, use, rate; reminders. */
export default function MyServicesPage() {
  const { t } = useTranslation();
  const [rating, setRating] = useState<SubscriptionView | null>(null);
  const data = useQuery({
    queryKey: ['orders', 'my-services'],
    queryFn: ({ signal }) => apiRequest<MyServicesReply>('/api/market/my-services', { signal }),
  });
  const use = useMutation({
    mutationFn: (serviceId: string) =>
      apiRequest<{ launchUrl: string }>(`/api/market/services/${serviceId}/use`, {
        method: 'POST',
      }),
    onSuccess: (r) => window.location.assign(r.launchUrl),
  });
  if (data.isPending) return <PageSpinner />;
  if (data.isError) return <ErrorAlert error={data.error} />;
  return (
    <Flex vertical gap={16}>
      {data.data.notices.map((n) => (
        <Alert key={n.id} type="warning" showIcon title={n.body} data-testid="my-notice" />
      ))}
      <Card title={t('orders.my.title')}>
        <Table
          rowKey="id"
          dataSource={data.data.items}
          pagination={false}
          data-testid="my-services"
          columns={[
            {
              title: t('orders.field.service'),
              render: (_, s) => <Link to={`/market/services/${s.serviceId}`}>{s.serviceName}</Link>,
            },
            {
              title: t('orders.field.spec'),
              render: (_, s) =>
                s.mode === 'authorized'
                  ? t('orders.my.authorized')
                  : `${s.packageName} · ${s.version}${s.trial ? ` · ${t('orders.trial')}` : ''}`,
            },
            {
              title: t('orders.field.validUntil'),
              render: (_, s) => (
                <span data-testid="my-valid-until">
                  {s.validUntil ? formatDate(s.validUntil) : t('orders.my.outside')}
                </span>
              ),
            },
            {
              title: t('orders.field.state'),
              render: (_, s) => (
                <Tag color={s.state === 'active' ? 'green' : 'default'} data-testid="my-state">
                  {t(`orders.subState.${s.state}`)}
                </Tag>
              ),
            },
            {
              title: t('orders.field.actions'),
              render: (_, s) => (
                <Flex gap={8}>
                  {s.state === 'active' && (
                    <Button size="small" onClick={() => use.mutate(s.serviceId)}>
                      {t('orders.use')}
                    </Button>
                  )}
                  {s.mode === 'purchased' && (
                    <Link to={`/market/services/${s.serviceId}`}>{t('orders.my.renew')}</Link>
                  )}
                  {s.canRate && (
                    <Button size="small" onClick={() => setRating(s)}>
                      {t('orders.my.rate')}
                    </Button>
                  )}
                </Flex>
              ),
            },
          ]}
        />
      </Card>
      {rating && (
        <Suspense fallback={null}>
          <RateDialog key={rating.id} id={rating.id} onClose={() => setRating(null)} />
        </Suspense>
      )}
      {use.isError && <ErrorAlert error={use.error} />}
    </Flex>
  );
}
