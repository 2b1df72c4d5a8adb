import { PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Space } from 'antd';
import { Popconfirm } from '../../../components/Popconfirm';
import { Tag } from '../../../components/Tag';
import { SearchInput, FilterSelect } from '../../../components/Filters';
import { useMessage } from '../../../components/message';
import { Typography } from '../../../components/Typography';
import { Card } from '../../../components/Card';
import { Table, type ColumnsType } from '../../../components/Table';
import { useState, lazy, Suspense } from 'react';
import { useTranslation } from '../../../i18n';
import { useOpsCategories } from '../api/list-categories';
import { useSaveCategory } from '../api/save-category';
import {
  CategoryRequirementsList,
  ErrorAlert,
  formatFen,
  useErrorText,
  useUrlFilters,
  type CategoryDetail,
  type ServiceType,
} from '../deps';

/** Its own chunk, loaded when the dialog opens: not on the page's first paint. */
const CategoryFormModal = lazy(() =>
  import('../components/CategoryFormModal').then((m) => ({ default: m.CategoryFormModal })),
);

const c = 'categories';

/** 类目管理: the catalog providers apply against; edits never touch submitted applications. */
export default function CategoriesPage() {
  const { t } = useTranslation();
  const { message } = useMessage();
  const errorText = useErrorText();
  const filters = useUrlFilters(['platform', 'type', 'q', 'retired'] as const);
  const list = useOpsCategories(filters.values);
  const save = useSaveCategory();
  const [editing, setEditing] = useState<CategoryDetail | 'new' | null>(null);
  const toggle = (row: CategoryDetail) =>
    save.mutate(
      { kind: row.retired ? 'restore' : 'retire', id: row.id },
      { onError: (e) => void message.error(errorText(e)) },
    );

  const columns: ColumnsType<CategoryDetail> = [
    {
      title: t(`${c}.col.platform`),
      dataIndex: 'platform',
      render: (p: CategoryDetail['platform']) => t(`${c}.platform.${p}`),
    },
    { title: t(`${c}.col.group`), dataIndex: 'group' },
    {
      title: t(`${c}.col.name`),
      dataIndex: 'name',
      render: (name: string, row) => (
        <Space>
          <span data-testid={`category-row-${row.id}`}>{name}</span>
          {row.retired && <Tag>{t(`${c}.retired`)}</Tag>}
        </Space>
      ),
    },
    {
      title: t(`${c}.col.type`),
      dataIndex: 'type',
      render: (s: ServiceType) => t(`serviceType.${s}`),
    },
    { title: t(`${c}.col.deposit`), dataIndex: 'depositFen', align: 'right', render: formatFen },
    {
      title: t(`${c}.col.requirements`),
      key: 'req',
      render: (_, row) => <CategoryRequirementsList req={row} />,
    },
    {
      title: t(`${c}.col.actions`),
      key: 'actions',
      render: (_, row) => (
        <Space>
          <Typography.Link onClick={() => setEditing(row)} data-testid={`category-edit-${row.id}`}>
            {t(`${c}.edit`)}
          </Typography.Link>
          <Popconfirm
            title={row.retired ? t(`${c}.restoreConfirm`) : t(`${c}.retireConfirm`)}
            onConfirm={() => toggle(row)}
          >
            <Typography.Link type={row.retired ? undefined : 'danger'}>
              {row.retired ? t(`${c}.restore`) : t(`${c}.retire`)}
            </Typography.Link>
          </Popconfirm>
        </Space>
      ),
    },
  ];

  return (
    <Card
      title={t(`${c}.title`)}
      extra={
        <Button
          type="primary"
          icon={<PlusOutlined />}
          onClick={() => setEditing('new')}
          data-testid="category-new"
        >
          {t(`${c}.new`)}
        </Button>
      }
    >
      <Typography.Paragraph type="secondary">{t(`${c}.intro`)}</Typography.Paragraph>
      <Flex gap={12} wrap style={{ marginBottom: 16 }}>
        <FilterSelect
          placeholder={t(`${c}.filter.platform`)}
          style={{ width: 140 }}
          value={filters.values.platform}
          onChange={(v?: string) => filters.set({ platform: v })}
          options={(['kuaishou', 'xiaohongshu'] as const).map((p) => ({
            value: p,
            label: t(`${c}.platform.${p}`),
          }))}
        />
        <FilterSelect
          placeholder={t(`${c}.filter.type`)}
          style={{ width: 140 }}
          value={filters.values.type}
          onChange={(v?: string) => filters.set({ type: v })}
          options={(['tool', 'operation', 'service'] as const).map((s) => ({
            value: s,
            label: t(`serviceType.${s}`),
          }))}
        />
        <FilterSelect
          placeholder={t(`${c}.filter.state`)}
          style={{ width: 140 }}
          value={filters.values.retired}
          onChange={(v?: string) => filters.set({ retired: v })}
          options={[
            { value: 'false', label: t(`${c}.active`) },
            { value: 'true', label: t(`${c}.retired`) },
          ]}
        />
        <SearchInput
          placeholder={t(`${c}.filter.keyword`)}
          defaultValue={filters.values.q}
          style={{ width: 240 }}
          onSearch={(v) => filters.set({ q: v.trim() || undefined })}
        />
      </Flex>
      <ErrorAlert error={list.error} />
      <Table
        rowKey="id"
        size="small"
        loading={list.isFetching}
        columns={columns}
        dataSource={list.data?.items ?? []}
        scroll={{ x: 'max-content' }}
        pagination={{ pageSize: 50, showSizeChanger: false }}
      />
      {editing !== null && (
        <Suspense fallback={null}>
          <CategoryFormModal editing={editing} onClose={() => setEditing(null)} />
        </Suspense>
      )}
    </Card>
  );
}
