import { Button, Space } from 'antd';
import { Segmented } from '../../../components/Segmented';
import { Tag } from '../../../components/Tag';
import { Table } from '../../../components/Table';
import { useState } from 'react';
import { useTranslation } from '../../../i18n';
import { formatDateTime, formatFen } from '../deps';
import { useTransactions, type TransactionList } from '../api/list-transactions';

type Row = TransactionList['items'][number];

/** 交易流水: every recharge, hold, release and failed payment, newest first. */
export function TransactionTable() {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const [result, setResult] = useState<'all' | 'success' | 'failure'>('all');
  const list = useTransactions(page, result === 'all' ? undefined : result);
  return (
    <>
      <Space style={{ marginBottom: 12 }}>
        <Segmented
          value={result}
          onChange={(v) => {
            setResult(v as typeof result);
            setPage(1);
          }}
          options={[
            { value: 'all', label: t('deposit.filterAll') },
            { value: 'success', label: t('deposit.result.success') },
            { value: 'failure', label: t('deposit.result.failure') },
          ]}
        />
        <Button
          href={`/api/provider/deposit/transactions.csv${result === 'all' ? '' : `?result=${result}`}`}
          data-testid="deposit-export-csv"
        >
          {t('deposit.exportCsv')}
        </Button>
      </Space>
      <Table<Row>
        rowKey="id"
        size="middle"
        data-testid="deposit-transactions"
        loading={list.isPending}
        dataSource={list.data?.items}
        pagination={{
          current: page,
          pageSize: 10,
          total: list.data?.total ?? 0,
          onChange: setPage,
        }}
        columns={[
          { title: t('deposit.col.at'), dataIndex: 'at', render: (v: string) => formatDateTime(v) },
          {
            title: t('deposit.col.kind'),
            dataIndex: 'kind',
            render: (v: string) => t(`deposit.kind.${v}`, { defaultValue: v }),
          },
          { title: t('deposit.col.memo'), dataIndex: 'memo' },
          {
            title: t('deposit.col.amount'),
            dataIndex: 'amountFen',
            align: 'right',
            render: (v: number) => formatFen(v),
          },
          {
            title: t('deposit.col.result'),
            dataIndex: 'result',
            render: (v: Row['result']) => (
              <Tag color={v === 'success' ? 'green' : 'red'}>{t(`deposit.result.${v}`)}</Tag>
            ),
          },
          {
            title: t('deposit.col.voucher'),
            dataIndex: 'voucherCode',
            render: (v: string | null, row) =>
              v && row.result === 'success' ? (
                <Space size="small">
                  <span>{v}</span>
                  <a
                    href={`/api/provider/deposit/transactions/${row.id}/voucher.pdf`}
                    download={`voucher-${v}.pdf`}
                    data-testid={`deposit-voucher-${row.kind}`}
                  >
                    {t('deposit.voucherDownload')}
                  </a>
                </Space>
              ) : (
                '—'
              ),
          },
        ]}
      />
    </>
  );
}
