import { Typography } from '../../../components/Typography';
import { Table, type ColumnsType } from '../../../components/Table';
import { useTranslation } from '../../../i18n';
import { Link } from 'react-router';
import { formatDate, QualificationStateTag, type QualificationSummary } from '../deps';

/** Every category application with its state, reason and dates. */
export function ApplicationsTable({ items }: { items: QualificationSummary[] }) {
  const { t } = useTranslation();
  const c = 'qualifications.list';
  const columns: ColumnsType<QualificationSummary> = [
    {
      title: t(`${c}.category`),
      key: 'category',
      render: (_, a) => (
        <Link to={`/provider/qualifications/${a.id}`} data-testid={`qualification-row-${a.id}`}>
          {a.categoryGroup} / {a.categoryName}
        </Link>
      ),
    },
    {
      title: t(`${c}.type`),
      dataIndex: 'serviceType',
      render: (s: string) => t(`serviceType.${s as 'tool'}`),
    },
    {
      title: t(`${c}.state`),
      dataIndex: 'state',
      render: (s: QualificationSummary['state'], a) => (
        <QualificationStateTag state={s} testId={`qualification-state-${a.id}`} />
      ),
    },
    {
      title: t(`${c}.reason`),
      dataIndex: 'reason',
      render: (r: string | null) =>
        r ? <Typography.Text type="danger">{r}</Typography.Text> : '—',
    },
    { title: t(`${c}.createdAt`), dataIndex: 'createdAt', render: formatDate },
    { title: t(`${c}.submittedAt`), dataIndex: 'submittedAt', render: formatDate },
    {
      title: t(`${c}.expectedBy`),
      key: 'expectedBy',
      render: (_, a) => formatDate(a.state === 'submitted' ? a.expectedBy : null),
    },
    { title: t(`${c}.decidedAt`), dataIndex: 'decidedAt', render: formatDate },
  ];
  return (
    <Table
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={items}
      pagination={false}
      scroll={{ x: 'max-content' }}
      locale={{ emptyText: t(`${c}.empty`) }}
      data-testid="qualifications-table"
    />
  );
}
