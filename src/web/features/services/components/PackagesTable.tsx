import { Tag } from '../../../components/Tag';
import { Table } from '../../../components/Table';
import { useTranslation } from '../../../i18n';
import { formatFen, type ServiceContent } from '../deps';

type Row = {
  key: string;
  pkg: string;
  version: string;
  durationDays: 31 | 92 | 183 | 365;
  priceFen: number;
  trial: boolean;
};

/** Packages and their spec rows, one line per spec (what merchants choose from). */
export function PackagesTable({ packages }: { packages: ServiceContent['packages'] }) {
  const { t } = useTranslation();
  const rows: Row[] = packages.flatMap((p, i) =>
    p.specs.map((s, j) => ({ key: `${i}.${j}`, pkg: p.name, ...s })),
  );
  return (
    <Table
      size="small"
      pagination={false}
      rowKey="key"
      dataSource={rows}
      data-testid="service-packages"
      columns={[
        { title: t('services.field.packageName'), dataIndex: 'pkg' },
        { title: t('services.field.version'), dataIndex: 'version' },
        {
          title: t('services.field.duration'),
          dataIndex: 'durationDays',
          render: (d: 31 | 92 | 183 | 365) => t(`services.duration.${d}`),
        },
        {
          title: t('services.field.price'),
          key: 'price',
          render: (_, r) => (
            <span data-testid={`price-${r.key}`}>
              {formatFen(r.priceFen)}{' '}
              {r.trial && <Tag color="blue">{t('services.field.trial')}</Tag>}
            </span>
          ),
        },
      ]}
    />
  );
}
