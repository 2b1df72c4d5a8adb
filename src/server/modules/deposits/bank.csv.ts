import { parse } from 'csv-parse/sync';

/** One incoming transfer as the bank's statement export lists it. */
export type StatementLine = {
  bankTxnId: string;
  valueDate: string;
  amountFen: number;
  payerName: string;
  payerAccount: string;
  memo: string;
};

const COLUMNS: Record<keyof StatementLine, string[]> = {
  bankTxnId: ['交易流水号', 'txn_id'],
  valueDate: ['交易日期', 'date'],
  amountFen: ['金额', 'amount'],
  payerName: ['付款人名称', 'payer_name'],
  payerAccount: ['付款账号', 'payer_account'],
  memo: ['附言', 'memo'],
};

/** Yuan with at most two decimals → integer fen, without floating point. */
export function yuanToFen(s: string): number | null {
  const m = /^(\d{1,12})(?:\.(\d{1,2}))?$/.exec(s.replace(/,/g, '').trim());
  if (!m) return null;
  return Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0'));
}

/**
 * Parses a statement CSV (UTF-8, header row, Chinese or English column names). Returns the lines
 * or, for every bad cell, `rows.<n>.<field>` → message key; nothing is partly accepted.
 */
export function parseStatement(
  csv: string,
): { lines: StatementLine[] } | { errors: Record<string, string> } {
  let records: Record<string, string>[];
  try {
    records = parse(csv.replace(/^\uFEFF/, ''), {
      columns: true,
      skip_empty_lines: true,
      trim: true,
    });
  } catch {
    return { errors: { file: 'validation.statement.unreadable' } };
  }
  const header = Object.keys(records[0] ?? {});
  const pick = (field: keyof StatementLine) => COLUMNS[field].find((c) => header.includes(c));
  const missing = (Object.keys(COLUMNS) as Array<keyof StatementLine>).filter((f) => !pick(f));
  if (!records.length || missing.length)
    return { errors: { file: 'validation.statement.columns' } };
  const errors: Record<string, string> = {};
  const lines = records.map((r, i) => {
    const get = (f: keyof StatementLine) => r[pick(f)!] ?? '';
    const amountFen = yuanToFen(get('amountFen'));
    if (!get('bankTxnId')) errors[`rows.${i + 1}.bankTxnId`] = 'validation.required';
    if (!/^\d{4}-\d{2}-\d{2}$/.test(get('valueDate')))
      errors[`rows.${i + 1}.valueDate`] = 'validation.date.format';
    if (amountFen === null || amountFen <= 0)
      errors[`rows.${i + 1}.amountFen`] = 'validation.statement.amount';
    if (!get('payerName')) errors[`rows.${i + 1}.payerName`] = 'validation.required';
    return {
      bankTxnId: get('bankTxnId'),
      valueDate: get('valueDate'),
      amountFen: amountFen ?? 0,
      payerName: get('payerName'),
      payerAccount: get('payerAccount'),
      memo: get('memo'),
    };
  });
  return Object.keys(errors).length ? { errors } : { lines };
}
