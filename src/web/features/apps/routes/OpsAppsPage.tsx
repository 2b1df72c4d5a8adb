import { Flex } from 'antd';
import { SearchInput, FilterSelect } from '../../../components/Filters';
import { Card } from '../../../components/Card';
import { Table, type ColumnsType } from '../../../components/Table';
import { useTranslation } from '../../../i18n';
import { Link } from 'react-router';
import { useOpsApps, type OpsAppItem } from '../api/list-ops-apps';
import { AppStateTag } from '../components/AppStateTag';
import { SimulationTag } from '../components/SimulationTag';
import {
  ErrorAlert,
  formatDateTime,
  useUrlFilters,
  type AppState,
  type SimulationView,
} from '../deps';

const states: AppState[] = ['developing', 'online', 'suspended'];
const pageSize = 20;

/** The operators' queue of apps: check each (simulated authorization), bring online or suspend. */
export default function OpsAppsPage() {
  const { t } = useTranslation();
  const filters = useUrlFilters(['state', 'q'] as const);
  const state = filters.values.state as AppState | undefined;
  const q = filters.values.q;
  const apps = useOpsApps({ state, q, page: filters.page, pageSize });

  const columns: ColumnsType<OpsAppItem> = [
    {
      title: t('apps.field.name'),
      dataIndex: 'name',
      render: (name: string, a) => (
        <Link to={`/ops/apps/${a.id}`} data-testid={`ops-app-row-${a.id}`}>
          {name}
        </Link>
      ),
    },
    { title: t('apps.col.provider'), dataIndex: 'providerCompany' },
    { title: t('apps.appKey'), dataIndex: 'appKey' },
    {
      title: t('apps.col.state'),
      dataIndex: 'state',
      render: (s: AppState) => <AppStateTag state={s} />,
    },
    {
      title: t('apps.col.simulation'),
      dataIndex: 'lastSimulation',
      render: (s: SimulationView | null) => <SimulationTag sim={s} />,
    },
    { title: t('apps.col.createdAt'), dataIndex: 'createdAt', render: formatDateTime },
  ];

  return (
    <Card title={t('apps.opsTitle')}>
      <Flex gap={12} wrap style={{ marginBottom: 16 }}>
        <FilterSelect
          placeholder={t('apps.col.state')}
          style={{ width: 160 }}
          value={state}
          onChange={(value?: string) => filters.set({ state: value })}
          options={states.map((s) => ({ value: s, label: t(`apps.state.${s}`) }))}
          data-testid="ops-apps-filter-state"
        />
        <SearchInput
          placeholder={t('apps.searchName')}
          defaultValue={q}
          style={{ width: 280 }}
          onSearch={(value) => filters.set({ q: value.trim() || undefined })}
        />
      </Flex>
      <ErrorAlert error={apps.error} />
      <Table
        rowKey="id"
        size="middle"
        loading={apps.isFetching}
        columns={columns}
        dataSource={apps.data?.items ?? []}
        scroll={{ x: 'max-content' }}
        pagination={{
          current: filters.page,
          pageSize,
          total: apps.data?.total ?? 0,
          showSizeChanger: false,
          onChange: filters.setPage,
        }}
      />
    </Card>
  );
}
