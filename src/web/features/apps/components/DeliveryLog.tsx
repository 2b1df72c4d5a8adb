import { Button } from 'antd';
import { Tag } from '../../../components/Tag';
import { useMessage } from '../../../components/message';
import { Typography } from '../../../components/Typography';
import { Card } from '../../../components/Card';
import { Table, type ColumnsType } from '../../../components/Table';
import { useTranslation } from '../../../i18n';
import { useDeliveries } from '../api/list-deliveries';
import { useReplayDelivery } from '../api/replay-delivery';
import { useSendTestEvent } from '../api/send-test-event';
import { ErrorAlert, formatDateTime, useErrorText, type WebhookDeliveryView } from '../deps';

const statusColors = { pending: 'processing', delivered: 'success', failed: 'error' } as const;

function Attempts({ d }: { d: WebhookDeliveryView }) {
  const { t } = useTranslation();
  return (
    <>
      <Typography.Paragraph code style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-all' }}>
        {d.body}
      </Typography.Paragraph>
      {d.log.map((a) => (
        <div key={a.at + a.url}>
          {formatDateTime(a.at)} · {a.url} · {a.statusCode ?? '—'} · {a.durationMs} ms
          {a.error && <Typography.Text type="danger"> · {a.error}</Typography.Text>}
        </div>
      ))}
      {d.log.length === 0 && (
        <Typography.Text type="secondary">{t('apps.log.noAttempts')}</Typography.Text>
      )}
    </>
  );
}

/** The webhook delivery log of an app: each event, its attempts, and a replay button. */
export function DeliveryLog({ appId, hasUrl }: { appId: string; hasUrl: boolean }) {
  const { t } = useTranslation();
  const { message } = useMessage();
  const errorText = useErrorText();
  const deliveries = useDeliveries(appId);
  const replay = useReplayDelivery(appId);
  const ping = useSendTestEvent(appId);
  const fail = (e: unknown) => void message.error(errorText(e));

  const columns: ColumnsType<WebhookDeliveryView> = [
    { title: t('apps.log.event'), dataIndex: 'event' },
    {
      title: t('apps.log.status'),
      dataIndex: 'status',
      render: (s: WebhookDeliveryView['status']) => (
        <Tag color={statusColors[s]}>{t(`apps.log.statusName.${s}`)}</Tag>
      ),
    },
    { title: t('apps.log.attempts'), dataIndex: 'attempts', align: 'right' },
    {
      title: t('apps.log.lastStatus'),
      dataIndex: 'lastStatusCode',
      render: (c: number | null) => c ?? '—',
    },
    { title: t('apps.log.createdAt'), dataIndex: 'createdAt', render: formatDateTime },
    {
      title: t('apps.log.actions'),
      key: 'actions',
      render: (_, d) => (
        <Button
          size="small"
          onClick={() =>
            replay.mutate(d.id, {
              onSuccess: () => void message.success(t('apps.log.replayed')),
              onError: fail,
            })
          }
          data-testid={`replay-${d.id}`}
        >
          {t('apps.log.replay')}
        </Button>
      ),
    },
  ];

  return (
    <Card
      title={t('apps.log.title')}
      extra={
        <Button
          disabled={!hasUrl}
          loading={ping.isPending}
          onClick={() => ping.mutate(undefined, { onError: fail })}
          data-testid="webhook-test"
        >
          {t('apps.log.sendTest')}
        </Button>
      }
    >
      <ErrorAlert error={deliveries.error} />
      <Table
        rowKey="id"
        size="small"
        loading={deliveries.isFetching}
        columns={columns}
        dataSource={deliveries.data?.items ?? []}
        expandable={{ expandedRowRender: (d) => <Attempts d={d} /> }}
        pagination={false}
        data-testid="delivery-log"
      />
    </Card>
  );
}
