import type { Actor, AppContext } from '../../platform/context';
import type { Executor } from '../../platform/db';
import { newId } from '../../platform/ids';
import { formatYuan } from '../../platform/money';
import { AppError, notFound } from '../../platform/errors';
import * as bank from './bank.repo';
import { getPolicy } from '../policy';
import * as repo from './ledger.repo';
import { holdAdjustment, postings, providerAccount, requiredDeposit } from './ledger.rules';
import { postLedger } from './ledger.service';

export type DepositOverview = {
  rule: 'highest' | 'sum';
  required: number;
  balance: number;
  available: number;
  held: number;
  due: number;
  requirements: Array<{
    id: string;
    sourceType: string;
    sourceId: string;
    label: string;
    amountFen: number;
    heldFen: number;
  }>;
};

async function balancesOf(ex: Executor, providerId: string) {
  const ids = [providerAccount(providerId, 'available').id, providerAccount(providerId, 'held').id];
  const b = await repo.accountBalances(ex, ids);
  return { available: b.get(ids[0]) ?? 0, held: b.get(ids[1]) ?? 0 };
}

/** Balance (余额), available (可用), held (占用), what is required and what is still due. */
export async function depositOverview(
  ctx: AppContext,
  providerId: string,
  ex: Executor = ctx.db,
): Promise<DepositOverview> {
  const rule = (await getPolicy(ctx, ex)).depositRule;
  const reqs = await repo.listRequirements(ex, providerId);
  const { available, held } = await balancesOf(ex, providerId);
  const required = requiredDeposit(
    rule,
    reqs.map((r) => r.amountFen),
  );
  return {
    rule,
    required,
    balance: available + held,
    available,
    held,
    due: Math.max(0, required - available - held),
    requirements: reqs.map((r) => ({
      id: r.id,
      sourceType: r.sourceType,
      sourceId: r.sourceId,
      label: r.label,
      amountFen: r.amountFen,
      heldFen: r.heldFen,
    })),
  };
}

/**
 * Under the "highest" rule one hold covers every category: after any change, hold up to what
 * is required (or release what is above it). Under "sum" the provider pays each item explicitly.
 */
export async function syncHolds(
  ctx: AppContext,
  tx: Executor,
  actor: Actor,
  providerId: string,
  reference: string,
) {
  const o = await depositOverview(ctx, providerId, tx);
  if (o.rule !== 'highest') return;
  const adj = holdAdjustment(o.required, o.held, o.available);
  if (adj === 0) return;
  const posting = adj > 0 ? postings.hold(providerId, adj) : postings.release(providerId, -adj);
  await postLedger(tx, ctx.clock.now(), actor, {
    posting,
    providerId,
    reference: `${reference}:${adj > 0 ? 'hold' : 'release'}`,
  });
}

/** Money received for a provider's deposit (gateway or bank), exactly once per reference. */
export async function creditDeposit(
  ctx: AppContext,
  tx: Executor,
  actor: Actor,
  c: {
    providerId: string;
    amountFen: number;
    via: 'gateway' | 'bank';
    reference: string;
    memo: string;
    detail?: Record<string, unknown>;
  },
) {
  const res = await postLedger(tx, ctx.clock.now(), actor, {
    posting: postings.recharge(c.providerId, c.amountFen, c.via),
    providerId: c.providerId,
    reference: c.reference,
    memo: c.memo,
    detail: c.detail,
  });
  if (res.posted) await syncHolds(ctx, tx, actor, c.providerId, c.reference);
  return res;
}

/** A category (kuaishou) or service (xiaohongshu) that requires a deposit. */
export async function requireDeposit(
  ctx: AppContext,
  tx: Executor,
  actor: Actor,
  r: {
    providerId: string;
    sourceType: 'category' | 'service';
    sourceId: string;
    label: string;
    amountFen: number;
  },
) {
  await repo.upsertRequirement(tx, {
    id: newId('dpr'),
    heldFen: 0,
    createdAt: ctx.clock.now(),
    ...r,
  });
  await syncHolds(
    ctx,
    tx,
    actor,
    r.providerId,
    `requirement:${r.sourceType}:${r.sourceId}:${ctx.clock.now().getTime()}`,
  );
}

const yuan = (fen: number) => `¥${formatYuan(fen)}`;

/** 缴纳 one item's deposit from the available amount, or fail naming the shortfall. */
export async function payRequirement(
  ctx: AppContext,
  actor: Actor,
  providerId: string,
  requirementId: string,
) {
  const now = ctx.clock.now();
  await ctx.db.transaction(async (tx) => {
    const req = await bank.findRequirement(tx, requirementId);
    if (!req || req.providerId !== providerId) throw notFound();
    const remaining = req.amountFen - req.heldFen;
    if (remaining <= 0) throw new AppError('DEPOSITS.ALREADY_PAID', 409);
    const { available } = await balancesOf(tx, providerId);
    if (available < remaining) {
      throw new AppError('DEPOSITS.SHORTFALL', 409, {
        params: {
          required: yuan(remaining),
          available: yuan(available),
          shortfall: yuan(remaining - available),
        },
      });
    }
    if (!(await bank.holdRequirement(tx, requirementId, remaining)))
      throw new AppError('DEPOSITS.ALREADY_PAID', 409);
    await postLedger(tx, now, actor, {
      posting: postings.hold(providerId, remaining),
      providerId,
      reference: `reqpay:${requirementId}:${req.heldFen}`,
      memo: `缴纳保证金：${req.label}`,
    });
  });
}
