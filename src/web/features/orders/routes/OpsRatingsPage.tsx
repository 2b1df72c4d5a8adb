import { useQuery } from '@tanstack/react-query';
import { Button } from 'antd';
import { Tag } from '../../../components/Tag';
import { Stars } from '../../../components/Stars';
import { Card } from '../../../components/Card';
import { Table } from '../../../components/Table';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from '../../../i18n';
import { apiRequest, ErrorAlert, formatDateTime, PageSpinner, type OpsRatingsReply } from '../deps';

type Item = OpsRatingsReply['items'][number];

const HideRatingDialog = lazy(() => import('../components/HideRatingDialog'));

/** 评价管理 (operators): recent ratings across the market; hide abuse with a reason (audited). */
export default function OpsRatingsPage() {
  const { t } = useTranslation();
  const [target, setTarget] = useState<Item | null>(null);
  const data = useQuery({
    queryKey: ['orders', 'ops-ratings'],
    queryFn: ({ signal }) => apiRequest<OpsRatingsReply>('/api/ops/ratings', { signal }),
  });
  if (data.isPending) return <PageSpinner />;
  if (data.isError) return <ErrorAlert error={data.error} />;
  return (
    <Card title={t('orders.opsRatings.title')}>
      <Table<Item>
        rowKey="id"
        dataSource={data.data.items}
        data-testid="ops-ratings"
        pagination={{ pageSize: 20 }}
        columns={[
          { title: t('orders.field.service'), dataIndex: 'serviceName' },
          { title: t('orders.field.buyer'), dataIndex: 'merchantMasked' },
          {
            title: t('orders.opsRatings.stars'),
            render: (_, r) => <Stars value={r.stars} />,
          },
          { title: t('orders.opsRatings.text'), dataIndex: 'text' },
          {
            title: t('orders.opsRatings.createdAt'),
            render: (_, r) => formatDateTime(r.createdAt),
          },
          {
            title: t('orders.field.state'),
            render: (_, r) =>
              r.hidden ? (
                <Tag color="red" data-testid={`ops-rating-hidden-${r.id}`}>
                  {t('orders.opsRatings.hidden', { reason: r.hiddenReason ?? '' })}
                </Tag>
              ) : (
                <Tag color="green">{t('orders.opsRatings.visible')}</Tag>
              ),
          },
          {
            title: t('orders.field.actions'),
            render: (_, r) =>
              !r.hidden && (
                <Button
                  danger
                  size="small"
                  data-testid={`ops-rating-hide-${r.id}`}
                  onClick={() => setTarget(r)}
                >
                  {t('orders.opsRatings.hide')}
                </Button>
              ),
          },
        ]}
      />
      {target && (
        <Suspense fallback={null}>
          <HideRatingDialog key={target.id} id={target.id} onClose={() => setTarget(null)} />
        </Suspense>
      )}
    </Card>
  );
}
