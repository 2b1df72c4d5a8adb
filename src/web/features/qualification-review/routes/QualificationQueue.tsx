import { Flex } from 'antd';
import { SearchInput, FilterSelect } from '../../../components/Filters';
import { Card } from '../../../components/Card';
import { Table, type ColumnsType } from '../../../components/Table';
import { useTranslation } from '../../../i18n';
import { Link } from 'react-router';
import { useQualificationQueue, type QualificationItem } from '../api/list-qualifications';
import { DaysLeft } from '../components/DaysLeft';
import {
  ErrorAlert,
  formatDate,
  formatDateTime,
  QualificationStateTag,
  useUrlFilters,
  type QualificationState,
  type ServiceType,
} from '../deps';

const r = 'qualifications.review';
const states: QualificationState[] = ['submitted', 'rejected', 'approved', 'withdrawn', 'draft'];
const types: ServiceType[] = ['tool', 'operation', 'service'];
const pageSize = 20;

/** 资质审核: applications waiting first, with working days left before the deadline. */
export default function QualificationQueue() {
  const { t } = useTranslation();
  const filters = useUrlFilters(['state', 'serviceType', 'q'] as const);
  const { state, serviceType, q } = filters.values;
  const queue = useQualificationQueue({
    state: state as QualificationState | undefined,
    serviceType: serviceType as ServiceType | undefined,
    q,
    page: filters.page,
    pageSize,
  });
  const columns: ColumnsType<QualificationItem> = [
    {
      title: t(`${r}.col.company`),
      dataIndex: 'companyName',
      render: (name: string, row) => (
        <Link
          to={`/ops/qualifications/${row.id}`}
          data-testid={`qualification-review-row-${row.id}`}
        >
          {name}
        </Link>
      ),
    },
    {
      title: t(`${r}.col.category`),
      key: 'cat',
      render: (_, row) => `${row.categoryGroup} / ${row.categoryName}`,
    },
    {
      title: t(`${r}.col.type`),
      dataIndex: 'serviceType',
      render: (s: ServiceType) => t(`serviceType.${s}`),
    },
    {
      title: t(`${r}.col.state`),
      dataIndex: 'state',
      render: (s: QualificationState) => <QualificationStateTag state={s} />,
    },
    { title: t(`${r}.col.version`), dataIndex: 'version', align: 'right' },
    { title: t(`${r}.col.submittedAt`), dataIndex: 'submittedAt', render: formatDateTime },
    { title: t(`${r}.col.expectedBy`), dataIndex: 'expectedBy', render: formatDate },
    {
      title: t(`${r}.col.daysLeft`),
      dataIndex: 'workingDaysLeft',
      align: 'right',
      render: (days: number | null) => <DaysLeft days={days} />,
    },
  ];
  return (
    <Card title={t(`${r}.title`)}>
      <Flex gap={12} wrap style={{ marginBottom: 16 }}>
        <FilterSelect
          placeholder={t(`${r}.filter.state`)}
          style={{ width: 160 }}
          value={state}
          onChange={(v?: string) => filters.set({ state: v })}
          options={states.map((s) => ({ value: s, label: t(`qualifications.state.${s}`) }))}
          data-testid="qualification-filter-state"
        />
        <FilterSelect
          placeholder={t(`${r}.filter.type`)}
          style={{ width: 160 }}
          value={serviceType}
          onChange={(v?: string) => filters.set({ serviceType: v })}
          options={types.map((s) => ({ value: s, label: t(`serviceType.${s}`) }))}
        />
        <SearchInput
          placeholder={t(`${r}.filter.keyword`)}
          defaultValue={q}
          style={{ width: 260 }}
          onSearch={(v) => filters.set({ q: v.trim() || undefined })}
        />
      </Flex>
      <ErrorAlert error={queue.error} />
      <Table
        rowKey="id"
        size="middle"
        loading={queue.isFetching}
        columns={columns}
        dataSource={queue.data?.items ?? []}
        scroll={{ x: 'max-content' }}
        pagination={{
          current: filters.page,
          pageSize,
          total: queue.data?.total ?? 0,
          showSizeChanger: false,
          onChange: filters.setPage,
        }}
      />
    </Card>
  );
}
