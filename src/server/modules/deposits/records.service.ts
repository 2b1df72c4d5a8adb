import type { AppContext } from '../../platform/context';
import * as repo from './ledger.repo';

const KIND_MEMO: Record<string, string> = {
  recharge: '保证金充值',
  hold: '保证金占用',
  release: '保证金释放',
  withdraw: '保证金提取',
  deduct: '违规扣除',
};

/**
 * Transaction records (交易流水): settled ledger transactions (success) and, from the payments
 * side, orders that failed (closed unpaid). `failures` is supplied by the caller.
 */
export async function listRecords(
  ctx: AppContext,
  providerId: string,
  failures: Array<{ id: string; amountFen: number; memo: string; at: Date }>,
  q: { result?: 'success' | 'failure'; page: number; pageSize: number },
) {
  const { rows } = await repo.listTransactions(ctx.db, { providerId, limit: 1000, offset: 0 });
  const ok = rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    amountFen: r.amount,
    result: 'success' as const,
    memo: r.memo || KIND_MEMO[r.kind] || r.kind,
    voucherCode: r.voucherCode,
    at: r.createdAt,
  }));
  const failed = failures.map((f) => ({
    ...f,
    kind: 'recharge',
    result: 'failure' as const,
    voucherCode: null,
  }));
  const all = [...ok, ...failed]
    .filter((r) => !q.result || r.result === q.result)
    .sort((a, b) => b.at.getTime() - a.at.getTime() || b.id.localeCompare(a.id));
  const page = all.slice((q.page - 1) * q.pageSize, q.page * q.pageSize);
  return { total: all.length, items: page.map((r) => ({ ...r, at: r.at.toISOString() })) };
}
