import type { AppContext } from '../../platform/context';
import * as repo from './ledger.repo';

const KIND_MEMO: Record<string, string> = {
  recharge: '保证金充值',
  hold: '保证金占用',
  release: '保证金释放',
  withdraw: '保证金提取',
  deduct: '违规扣除',
  out_reserve: '资金流出冻结（待运营审批）',
  out_cancel: '资金流出已驳回，退回账户',
};

/** A failed transaction (from the payments side: an order closed unpaid). */
export type FailedRecord = { id: string; amountFen: number; memo: string; at: Date };

/** Where failed records come from, paged and counted by the owner of those rows (in SQL). */
export type FailedRecordSource = {
  count(): Promise<number>;
  /** Newest first, ordered by (at desc, id desc). */
  list(limit: number, offset: number): Promise<FailedRecord[]>;
};

type Row = {
  id: string;
  kind: string;
  amountFen: number;
  result: 'success' | 'failure';
  memo: string;
  voucherCode: string | null;
  at: Date;
};

const fromLedger = (r: repo.LedgerTxRow): Row => ({
  id: r.id,
  kind: r.kind,
  amountFen: r.amount,
  result: 'success',
  memo: r.memo || KIND_MEMO[r.kind] || r.kind,
  voucherCode: r.voucherCode,
  at: r.createdAt,
});
const fromFailure = (f: FailedRecord): Row => ({
  ...f,
  kind: 'recharge',
  result: 'failure',
  voucherCode: null,
});
/** The records' one order: newest first, then id (descending) between equal times. */
const newer = (a: Row, b: Row) => (a.at.getTime() !== b.at.getTime() ? a.at > b.at : a.id > b.id);

/**
 * One page of the merged, newest-first list, reading only what the page needs from each side.
 *
 * A ledger row at ledger index i sits at merged position i + (failures newer than it), so every
 * row of the page [o, o + n) has ledger index in [o - |F|, o + n) where F is the top o + n
 * failures (a failure at merged position p < o + n has failure index ≤ p). Reading F, then that
 * ledger window, and walking the merge from the window's first row gives the exact page.
 */
async function mergedPage(
  ledger: (limit: number, offset: number) => Promise<Row[]>,
  failures: FailedRecordSource,
  o: number,
  n: number,
): Promise<Row[]> {
  const f = (await failures.list(o + n, 0)).map(fromFailure);
  const start = Math.max(0, o - f.length);
  const l = await ledger(o + n - start, start);
  // start > 0 means F holds every failure; with no ledger row left the page is past the end.
  if (start > 0 && !l.length) return [];
  // Failures newer than the window's first ledger row sit before it (before the page when start > 0).
  const before = start === 0 ? [] : f.filter((x) => newer(x, l[0]));
  const rest = start === 0 ? f : f.filter((x) => !newer(x, l[0]));
  const first = start + before.length; // merged position of the walk's first row (≤ o)
  const merged: Row[] = [];
  for (let i = 0, j = 0; i < l.length || j < rest.length;) {
    if (j >= rest.length || (i < l.length && newer(l[i], rest[j]))) merged.push(l[i++]);
    else merged.push(rest[j++]);
  }
  return merged.slice(o - first, o - first + n);
}

/**
 * Transaction records (交易流水): settled ledger transactions (success) and, from the payments
 * side, orders that failed (closed unpaid). Filters, paging and the total are done in SQL.
 */
export async function listRecords(
  ctx: AppContext,
  providerId: string,
  failures: FailedRecordSource,
  q: { result?: 'success' | 'failure'; page: number; pageSize: number },
) {
  const o = (q.page - 1) * q.pageSize;
  const n = q.pageSize;
  const ledger = async (limit: number, offset: number) =>
    (await repo.listTransactions(ctx.db, { providerId, limit, offset })).rows.map(fromLedger);
  const [okTotal, failedTotal] = await Promise.all([
    q.result === 'failure' ? 0 : repo.countTransactions(ctx.db, providerId),
    q.result === 'success' ? 0 : failures.count(),
  ]);
  let items: Row[];
  if (q.result === 'failure' || okTotal === 0) items = (await failures.list(n, o)).map(fromFailure);
  else if (q.result === 'success' || failedTotal === 0) items = await ledger(n, o);
  else items = await mergedPage(ledger, failures, o, n);
  return {
    total: okTotal + failedTotal,
    items: items.map((r) => ({ ...r, at: r.at.toISOString() })),
  };
}
