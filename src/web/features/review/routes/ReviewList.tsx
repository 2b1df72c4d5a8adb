import { Flex } from 'antd';
import { SearchInput, FilterSelect } from '../../../components/Filters';
import { Typography } from '../../../components/Typography';
import { Card } from '../../../components/Card';
import { Table, type ColumnsType } from '../../../components/Table';
import { useTranslation } from '../../../i18n';
import { Link } from 'react-router';
import { useReviews, type ReviewListItem } from '../api/list-reviews';
import {
  ApplicationStateTag,
  ErrorAlert,
  formatDate,
  formatDateTime,
  useUrlFilters,
  type ApplicationState,
} from '../deps';

const states: ApplicationState[] = ['submitted', 'rejected', 'approved', 'draft'];
const pageSize = 20;

export default function ReviewList() {
  const { t } = useTranslation();
  const filters = useUrlFilters(['state', 'q'] as const);
  const state = filters.values.state as ApplicationState | undefined;
  const q = filters.values.q;
  const page = filters.page;
  const reviews = useReviews({ state, q, page, pageSize });

  const columns: ColumnsType<ReviewListItem> = [
    {
      title: t('onboardingField.companyName'),
      dataIndex: 'companyName',
      render: (name: string, row) => (
        <Link to={`/ops/onboarding/${row.id}`} data-testid={`review-row-${row.id}`}>
          {name || t('review.unnamed')}
        </Link>
      ),
    },
    { title: t('onboardingField.creditCode'), dataIndex: 'creditCode' },
    { title: t('review.col.legalRepId'), dataIndex: 'legalRepIdMasked' },
    { title: t('review.col.contactMobile'), dataIndex: 'contactMobileMasked' },
    {
      title: t('review.col.state'),
      dataIndex: 'state',
      render: (s: ApplicationState) => <ApplicationStateTag state={s} />,
    },
    { title: t('review.col.version'), dataIndex: 'version', align: 'right' },
    { title: t('review.col.submittedAt'), dataIndex: 'submittedAt', render: formatDateTime },
    { title: t('review.col.expectedBy'), dataIndex: 'expectedBy', render: formatDate },
    {
      title: t('review.col.daysLeft'),
      dataIndex: 'workingDaysLeft',
      align: 'right',
      render: (days: number | null) =>
        days === null ? (
          '—'
        ) : (
          <Typography.Text type={days < 0 ? 'danger' : undefined}>{days}</Typography.Text>
        ),
    },
  ];

  return (
    <Card title={t('ops.menu.onboarding')}>
      <Flex gap={12} wrap style={{ marginBottom: 16 }}>
        <FilterSelect
          placeholder={t('review.filter.state')}
          style={{ width: 160 }}
          value={state}
          onChange={(value?: string) => filters.set({ state: value })}
          options={states.map((s) => ({ value: s, label: t(`applicationState.${s}`) }))}
          data-testid="review-filter-state"
        />
        <SearchInput
          placeholder={t('review.filter.keyword')}
          defaultValue={q}
          style={{ width: 280 }}
          onSearch={(value) => filters.set({ q: value.trim() || undefined })}
          data-testid="review-filter-q"
        />
      </Flex>
      <ErrorAlert error={reviews.error} />
      <Table
        rowKey="id"
        size="middle"
        loading={reviews.isFetching}
        columns={columns}
        dataSource={reviews.data?.items ?? []}
        scroll={{ x: 'max-content' }}
        pagination={{
          current: page,
          pageSize,
          total: reviews.data?.total ?? 0,
          showSizeChanger: false,
          onChange: filters.setPage,
        }}
      />
    </Card>
  );
}
