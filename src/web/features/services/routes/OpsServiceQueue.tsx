import { Space } from 'antd';
import { Segmented } from '../../../components/Segmented';
import { Tag } from '../../../components/Tag';
import { SearchInput } from '../../../components/Filters';
import { Card } from '../../../components/Card';
import { Table, type ColumnsType } from '../../../components/Table';
import { useState } from 'react';
import { useTranslation } from '../../../i18n';
import { Link } from 'react-router';
import { useOpsServices, type OpsServiceItem } from '../api/ops';
import { StateTags } from '../components/StateTags';
import { ErrorAlert, formatDate, formatDateTime } from '../deps';

/** 服务审核: the queue (first submitted first) with deadlines; "all" lists every service. */
export default function OpsServiceQueue() {
  const { t } = useTranslation();
  const [scope, setScope] = useState<'queue' | 'all'>('queue');
  const [q, setQ] = useState('');
  const list = useOpsServices(scope, scope === 'all' ? q : undefined);
  const columns: ColumnsType<OpsServiceItem> = [
    ...(scope === 'queue'
      ? [{ title: t('services.col.position'), dataIndex: 'queuePosition', width: 80 }]
      : []),
    {
      title: t('services.field.name'),
      dataIndex: 'name',
      render: (name: string, s) => (
        <Link to={`/ops/services/${s.id}`} data-testid={`ops-service-${s.id}`}>
          {name || t('services.untitled')}
        </Link>
      ),
    },
    { title: t('services.col.company'), dataIndex: 'companyName' },
    { title: t('services.field.category'), dataIndex: 'categoryName' },
    { title: t('services.col.version'), dataIndex: 'version' },
    { title: t('services.col.state'), key: 'state', render: (_, s) => <StateTags s={s} /> },
    { title: t('services.col.submittedAt'), dataIndex: 'submittedAt', render: formatDateTime },
    {
      title: t('services.col.deadline'),
      key: 'deadline',
      render: (_, s) =>
        s.expectedBy ? (
          <Tag
            color={
              (s.workingDaysLeft ?? 0) < 0
                ? 'red'
                : (s.workingDaysLeft ?? 0) <= 1
                  ? 'orange'
                  : 'blue'
            }
          >
            {formatDate(s.expectedBy)} · {t('services.daysLeft', { n: s.workingDaysLeft ?? 0 })}
          </Tag>
        ) : (
          '—'
        ),
    },
    {
      title: t('services.col.prechecks'),
      dataIndex: 'prechecksOk',
      render: (ok: boolean) => (
        <Tag color={ok ? 'success' : 'error'}>
          {t(ok ? 'services.precheckOk' : 'services.precheckFail')}
        </Tag>
      ),
    },
  ];
  return (
    <Card
      title={t('services.ops.title')}
      extra={
        <Space>
          {scope === 'all' && (
            <SearchInput
              placeholder={t('services.ops.search')}
              onSearch={setQ}
              style={{ width: 240 }}
            />
          )}
          <Segmented
            value={scope}
            onChange={(v) => setScope(v as 'queue' | 'all')}
            options={[
              { value: 'queue', label: t('services.ops.queue') },
              { value: 'all', label: t('services.ops.all') },
            ]}
            data-testid="ops-services-scope"
          />
        </Space>
      }
    >
      <ErrorAlert error={list.error} />
      <Table
        rowKey="id"
        loading={list.isPending}
        columns={columns}
        dataSource={list.data?.items ?? []}
        pagination={false}
      />
    </Card>
  );
}
