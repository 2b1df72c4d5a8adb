import { Flex } from 'antd';
import { SearchInput } from '../../../components/Filters';
import { Typography } from '../../../components/Typography';
import { Card } from '../../../components/Card';
import { Table, type ColumnsType } from '../../../components/Table';
import { useTranslation } from '../../../i18n';
import { useAudit, type AuditItem } from '../api/list-audit';
import { ErrorAlert, formatDateTime, useUrlFilters } from '../deps';

const pageSize = 20;

/** Who did what, when: reviews, money movements, penalties, policy changes. */
export default function AuditPage() {
  const { t } = useTranslation();
  const filters = useUrlFilters(['action', 'targetId'] as const);
  const audit = useAudit({ ...filters.values, page: filters.page, pageSize });

  const columns: ColumnsType<AuditItem> = [
    { title: t('audit.col.at'), dataIndex: 'at', render: formatDateTime },
    {
      title: t('audit.col.actor'),
      key: 'actor',
      render: (_: unknown, row) => `${row.actorKind}${row.actorId ? ` · ${row.actorId}` : ''}`,
    },
    { title: t('audit.col.action'), dataIndex: 'action' },
    {
      title: t('audit.col.target'),
      key: 'target',
      render: (_: unknown, row) => `${row.targetType}${row.targetId ? ` · ${row.targetId}` : ''}`,
    },
    {
      title: t('audit.col.detail'),
      dataIndex: 'detail',
      render: (detail: AuditItem['detail']) => (
        <Typography.Text code style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-all' }}>
          {JSON.stringify(detail)}
        </Typography.Text>
      ),
    },
  ];

  return (
    <Card title={t('ops.menu.audit')}>
      <Flex gap={12} wrap style={{ marginBottom: 16 }}>
        <SearchInput
          placeholder={t('audit.filter.action')}
          defaultValue={filters.values.action}
          style={{ width: 240 }}
          onSearch={(value) => filters.set({ action: value.trim() || undefined })}
        />
        <SearchInput
          placeholder={t('audit.filter.targetId')}
          defaultValue={filters.values.targetId}
          style={{ width: 240 }}
          onSearch={(value) => filters.set({ targetId: value.trim() || undefined })}
        />
      </Flex>
      <ErrorAlert error={audit.error} />
      <Table
        rowKey="id"
        size="middle"
        data-testid="audit-table"
        loading={audit.isFetching}
        columns={columns}
        dataSource={audit.data?.items ?? []}
        scroll={{ x: 'max-content' }}
        pagination={{
          current: filters.page,
          pageSize,
          total: audit.data?.total ?? 0,
          showSizeChanger: false,
          onChange: filters.setPage,
        }}
      />
    </Card>
  );
}
