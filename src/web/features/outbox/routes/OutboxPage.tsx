import { ReloadOutlined } from '@ant-design/icons';
import { Button, Flex } from 'antd';
import { Tag } from '../../../components/Tag';
import { SearchInput, FilterSelect } from '../../../components/Filters';
import { Typography } from '../../../components/Typography';
import { Card } from '../../../components/Card';
import { Table, type ColumnsType } from '../../../components/Table';
import { useTranslation } from '../../../i18n';
import { useOutbox, type OutboxItem } from '../api/list-outbox';
import { ErrorAlert, formatDateTime, useUrlFilters } from '../deps';

const pageSize = 20;
const statusColors: Record<OutboxItem['status'], string> = {
  pending: 'processing',
  sent: 'success',
  failed: 'error',
};

/** SMS and email the platform sent (in development: read the codes here). */
export default function OutboxPage() {
  const { t } = useTranslation();
  const filters = useUrlFilters(['channel', 'recipient'] as const);
  const channel = filters.values.channel as OutboxItem['channel'] | undefined;
  const outbox = useOutbox({
    channel,
    recipient: filters.values.recipient,
    page: filters.page,
    pageSize,
  });

  const columns: ColumnsType<OutboxItem> = [
    {
      title: t('outbox.col.channel'),
      dataIndex: 'channel',
      render: (c: OutboxItem['channel']) => <Tag>{t(`channel.${c}`)}</Tag>,
    },
    { title: t('outbox.col.recipient'), dataIndex: 'recipient' },
    { title: t('outbox.col.template'), dataIndex: 'template' },
    {
      title: t('outbox.col.body'),
      dataIndex: 'body',
      render: (body: string) => (
        <Typography.Paragraph style={{ margin: 0, maxWidth: 420, whiteSpace: 'pre-wrap' }}>
          {body}
        </Typography.Paragraph>
      ),
    },
    {
      title: t('outbox.col.status'),
      dataIndex: 'status',
      render: (s: OutboxItem['status']) => (
        <Tag color={statusColors[s]}>{t(`outbox.status.${s}`)}</Tag>
      ),
    },
    { title: t('outbox.col.createdAt'), dataIndex: 'createdAt', render: formatDateTime },
  ];

  return (
    <Card
      title={t('ops.menu.outbox')}
      extra={
        <Button icon={<ReloadOutlined />} onClick={() => void outbox.refetch()}>
          {t('common.refresh')}
        </Button>
      }
    >
      <Flex gap={12} wrap style={{ marginBottom: 16 }}>
        <FilterSelect
          placeholder={t('outbox.col.channel')}
          style={{ width: 160 }}
          value={channel}
          onChange={(value?: string) => filters.set({ channel: value })}
          options={(['sms', 'email'] as const).map((c) => ({ value: c, label: t(`channel.${c}`) }))}
        />
        <SearchInput
          placeholder={t('outbox.filterRecipient')}
          defaultValue={filters.values.recipient}
          style={{ width: 280 }}
          onSearch={(value) => filters.set({ recipient: value.trim() || undefined })}
          data-testid="outbox-filter-recipient"
        />
      </Flex>
      <ErrorAlert error={outbox.error} />
      <div data-testid="outbox-table">
        <Table
          rowKey="id"
          size="middle"
          loading={outbox.isFetching}
          columns={columns}
          dataSource={outbox.data?.items ?? []}
          scroll={{ x: 'max-content' }}
          pagination={{
            current: filters.page,
            pageSize,
            total: outbox.data?.total ?? 0,
            showSizeChanger: false,
            onChange: filters.setPage,
          }}
        />
      </div>
    </Card>
  );
}
