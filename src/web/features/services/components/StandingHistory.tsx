import { Tag } from 'antd';
import { Table } from '../../../components/Table';
import { useTranslation } from '../../../i18n';
import { formatDateTime, type ProviderStanding } from '../deps';

/** A provider's penalty history (operators and the provider see the same). */
export function StandingHistory({ penalties }: { penalties: ProviderStanding['penalties'] }) {
  const { t } = useTranslation();
  return (
    <Table
      rowKey={(r) => `${r.kind}-${r.at}`}
      size="small"
      pagination={false}
      dataSource={penalties}
      data-testid="provider-penalty-history"
      columns={[
        {
          title: t('services.ops.penaltyKind'),
          render: (_, r) =>
            `${t(`services.providerPenalty.${r.kind}`)}${r.categoryName ? `（${r.categoryName}）` : ''}`,
        },
        { title: t('services.ops.penaltyReason'), dataIndex: 'reason' },
        { title: t('services.col.at'), dataIndex: 'at', render: formatDateTime },
        {
          title: t('services.penaltyPanel.liftedCol'),
          render: (_, r) =>
            r.liftedAt ? (
              <Tag color="green">
                {formatDateTime(r.liftedAt)} · {r.liftReason}
              </Tag>
            ) : (
              '—'
            ),
        },
      ]}
    />
  );
}
