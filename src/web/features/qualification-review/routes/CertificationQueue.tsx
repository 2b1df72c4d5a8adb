import { Flex } from 'antd';
import { SearchInput, FilterSelect } from '../../../components/Filters';
import { Card } from '../../../components/Card';
import { Table, type ColumnsType } from '../../../components/Table';
import { useTranslation } from '../../../i18n';
import { Link } from 'react-router';
import { useCertificationQueue, type CertificationItem } from '../api/list-certifications';
import { DaysLeft } from '../components/DaysLeft';
import {
  ErrorAlert,
  formatDate,
  formatDateTime,
  QualificationStateTag,
  useUrlFilters,
  type CertificationMethod,
  type CertificationState,
} from '../deps';

const r = 'certification.review';
const states = ['submitted', 'rejected', 'approved'] as const;
const methods: CertificationMethod[] = ['legal_person', 'agent'];
const pageSize = 20;

/** 认证审核: authenticity certifications, waiting ones first, with working days left. */
export default function CertificationQueue() {
  const { t } = useTranslation();
  const filters = useUrlFilters(['state', 'method', 'q'] as const);
  const { state, method, q } = filters.values;
  const queue = useCertificationQueue({
    state: state as (typeof states)[number] | undefined,
    method: method as CertificationMethod | undefined,
    q,
    page: filters.page,
    pageSize,
  });
  const columns: ColumnsType<CertificationItem> = [
    {
      title: t(`${r}.col.company`),
      dataIndex: 'companyName',
      render: (name: string, row) => (
        <Link
          to={`/ops/certifications/${row.id}`}
          data-testid={`certification-review-row-${row.id}`}
        >
          {name}
        </Link>
      ),
    },
    {
      title: t(`${r}.col.method`),
      dataIndex: 'method',
      render: (m: CertificationMethod) => t(`certification.method.${m}`),
    },
    { title: t(`${r}.col.person`), dataIndex: 'personNameMasked' },
    { title: t(`${r}.col.idNumber`), dataIndex: 'idNumberMasked' },
    {
      title: t(`${r}.col.state`),
      dataIndex: 'state',
      render: (s: CertificationState) => <QualificationStateTag state={s} />,
    },
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
        />
        <FilterSelect
          placeholder={t(`${r}.filter.method`)}
          style={{ width: 160 }}
          value={method}
          onChange={(v?: string) => filters.set({ method: v })}
          options={methods.map((m) => ({ value: m, label: t(`certification.method.${m}`) }))}
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
