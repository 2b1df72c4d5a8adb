import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Flex, Form, Input, Modal, Rate, Tag } from 'antd';
import { Card } from '../../../components/Card';
import { Table } from '../../../components/Table';
import { useState } from 'react';
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

/** 我的服务: each subscription, what was bought, when it ends; renew, use, rate; reminders. */
export default function MyServicesPage() {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const [rating, setRating] = useState<SubscriptionView | null>(null);
  const [form] = Form.useForm<{ stars: number; body: string }>();
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
  const rate = useMutation({
    mutationFn: (v: { stars: number; body: string }) =>
      apiRequest(`/api/market/subscriptions/${rating!.id}/rating`, { method: 'POST', body: v }),
    onSuccess: () => {
      setRating(null);
      void qc.invalidateQueries({ queryKey: ['orders'] });
    },
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
      <Modal
        open={!!rating}
        title={t('orders.my.rate')}
        onCancel={() => setRating(null)}
        onOk={() => form.submit()}
        confirmLoading={rate.isPending}
      >
        <Form form={form} layout="vertical" onFinish={(v) => rate.mutate(v)}>
          <Form.Item name="stars" label={t('orders.field.stars')} rules={[{ required: true }]}>
            <Rate />
          </Form.Item>
          <Form.Item name="body" label={t('orders.field.review')} rules={[{ required: true }]}>
            <Input.TextArea maxLength={500} />
          </Form.Item>
        </Form>
        {rate.isError && <ErrorAlert error={rate.error} />}
      </Modal>
      {use.isError && <ErrorAlert error={use.error} />}
    </Flex>
  );
}
