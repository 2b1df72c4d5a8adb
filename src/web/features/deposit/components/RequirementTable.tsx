import { Button } from 'antd';
import { Tag } from '../../../components/Tag';
import { Table } from '../../../components/Table';
import { useTranslation } from '../../../i18n';
import { ErrorAlert, formatFen, type DepositOverviewReply } from '../deps';
import { usePayRequirement } from '../api/offline';

type Requirement = DepositOverviewReply['requirements'][number];

/** 保证金列表: what each category or service requires; under the "sum" rule each is paid on its own. */
export function RequirementTable({ overview }: { overview: DepositOverviewReply }) {
  const { t } = useTranslation();
  const pay = usePayRequirement();
  const perItem = overview.rule === 'sum';
  return (
    <>
      <ErrorAlert error={pay.error} testId="deposit-pay-error" />
      <Table<Requirement>
        rowKey="id"
        pagination={false}
        dataSource={overview.requirements}
        locale={{ emptyText: t('deposit.noRequirements') }}
        columns={[
          { title: t('deposit.col.source'), dataIndex: 'label' },
          {
            title: t('deposit.col.required'),
            dataIndex: 'amountFen',
            align: 'right',
            render: (v: number) => formatFen(v),
          },
          ...(perItem
            ? [
                {
                  title: t('deposit.col.status'),
                  key: 'status',
                  render: (_: unknown, r: Requirement) =>
                    r.heldFen >= r.amountFen ? (
                      <Tag color="green">{t('deposit.paid')}</Tag>
                    ) : (
                      <Button
                        size="small"
                        type="primary"
                        loading={pay.isPending && pay.variables === r.id}
                        onClick={() => pay.mutate(r.id)}
                        data-testid={`deposit-pay-item-${r.sourceId}`}
                      >
                        {t('deposit.payItem')}
                      </Button>
                    ),
                },
              ]
            : []),
        ]}
      />
    </>
  );
}
