import { Button, Space } from 'antd';
import { Segmented } from '../../../components/Segmented';
import { Input } from '../../../components/Input';
import { Alert } from '../../../components/Alert';
import { Tag } from '../../../components/Tag';
import { Card } from '../../../components/Card';
import { Table } from '../../../components/Table';
import { useState } from 'react';
import { useTranslation } from '../../../i18n';
import { ErrorAlert, formatDateTime, formatFen } from '../deps';
import {
  useApproveReturn,
  useBankCredits,
  useImportStatement,
  useMatchCredit,
  useRequestReturn,
  type BankCredit,
} from '../api/bank';

const STATES = ['unmatched', 'return_requested', 'credited', 'returned'] as const;

function Actions({ credit }: { credit: BankCredit }) {
  const { t } = useTranslation();
  const [value, setValue] = useState('');
  const match = useMatchCredit();
  const requestReturn = useRequestReturn();
  const approve = useApproveReturn();
  const error = match.error ?? requestReturn.error ?? approve.error;
  if (credit.state === 'return_requested') {
    return (
      <Space direction="vertical">
        <Button
          size="small"
          onClick={() => approve.mutate(credit.id)}
          data-testid={`bank-approve-${credit.bankTxnId}`}
        >
          {t('bank.approveReturn')}
        </Button>
        <ErrorAlert error={error} />
      </Space>
    );
  }
  if (credit.state !== 'unmatched') return null;
  return (
    <Space direction="vertical">
      <Input
        size="small"
        placeholder={t('bank.matchOrReason')}
        value={value}
        onChange={(e) => setValue(e.target.value)}
      />
      <Space>
        <Button
          size="small"
          onClick={() => match.mutate({ id: credit.id, providerId: value.trim() })}
        >
          {t('bank.match')}
        </Button>
        <Button
          size="small"
          danger
          onClick={() => requestReturn.mutate({ id: credit.id, reason: value.trim() })}
        >
          {t('bank.requestReturn')}
        </Button>
      </Space>
      <ErrorAlert error={error} />
    </Space>
  );
}

/** 银行流水: import the deposit account's statement; match or return what did not match. */
export default function BankPage() {
  const { t } = useTranslation();
  const [state, setState] = useState<string>('unmatched');
  const credits = useBankCredits(state);
  const importer = useImportStatement();
  const onFile = async (file: File | undefined) => {
    if (file) importer.mutate({ fileName: file.name, csv: await file.text() });
  };
  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Card title={t('bank.importTitle')}>
        <p>{t('bank.importHint')}</p>
        <input
          type="file"
          accept=".csv,text/csv"
          data-testid="bank-import-file"
          onChange={(e) => void onFile(e.target.files?.[0])}
        />
        <ErrorAlert error={importer.error} />
        {importer.data && (
          <Alert
            style={{ marginTop: 12 }}
            type="success"
            showIcon
            data-testid="bank-import-summary"
            title={t('bank.summary', { ...importer.data })}
          />
        )}
      </Card>
      <Card title={t('bank.queueTitle')}>
        <Segmented
          value={state}
          onChange={(v) => setState(String(v))}
          options={STATES.map((s) => ({ value: s, label: t(`bank.state.${s}`) }))}
        />
        <Table<BankCredit>
          style={{ marginTop: 12 }}
          rowKey="id"
          data-testid="bank-credits"
          loading={credits.isPending}
          dataSource={credits.data?.items}
          columns={[
            { title: t('bank.col.txn'), dataIndex: 'bankTxnId' },
            { title: t('bank.col.date'), dataIndex: 'valueDate' },
            { title: t('bank.col.payer'), dataIndex: 'payerName' },
            { title: t('bank.col.memo'), dataIndex: 'memo' },
            {
              title: t('bank.col.amount'),
              dataIndex: 'amountFen',
              align: 'right',
              render: (v: number) => formatFen(v),
            },
            {
              title: t('bank.col.reason'),
              dataIndex: 'reason',
              render: (v: string | null) =>
                v ? <Tag>{t(`bank.reason.${v}`, { defaultValue: v })}</Tag> : '—',
            },
            {
              title: t('bank.col.at'),
              dataIndex: 'createdAt',
              render: (v: string) => formatDateTime(v),
            },
            {
              title: t('bank.col.actions'),
              key: 'a',
              render: (_: unknown, r: BankCredit) => <Actions credit={r} />,
            },
          ]}
        />
      </Card>
    </Space>
  );
}
