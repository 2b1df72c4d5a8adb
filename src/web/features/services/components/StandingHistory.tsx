import { Tag } from '../../../components/Tag';
import { Table } from '../../../components/Table';
import { useTranslation } from '../../../i18n';
import { formatDateTime, type ProviderStanding } from '../deps';

type HistoryRow = {
  kind: string;
  reason: string;
  at: string;
  liftedAt: string | null;
  liftReason: string | null;
};

/**
 * A penalty history, a service's or a provider's: what, why, when and, once lifted, when and why.
 * Only the label of the kind differs between the two.
 */
export function PenaltyHistoryTable<R extends HistoryRow>(props: {
  rows: R[];
  kindLabel: (r: R) => string;
  'data-testid'?: string;
}) {
  const { t } = useTranslation();
  return (
    <Table
      rowKey={(r) => `${r.kind}-${r.at}`}
      size="small"
      pagination={false}
      dataSource={props.rows}
      data-testid={props['data-testid']}
      columns={[
        { title: t('services.ops.penaltyKind'), render: (_, r) => props.kindLabel(r) },
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

/** A provider's penalty history (operators and the provider see the same). */
export function StandingHistory({ penalties }: { penalties: ProviderStanding['penalties'] }) {
  const { t } = useTranslation();
  return (
    <PenaltyHistoryTable
      rows={penalties}
      data-testid="provider-penalty-history"
      kindLabel={(r) =>
        `${t(`services.providerPenalty.${r.kind}`)}${r.categoryName ? `（${r.categoryName}）` : ''}`
      }
    />
  );
}
