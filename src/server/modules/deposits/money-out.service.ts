import type { Actor, AppContext } from '../../platform/context';
import { isUniqueViolation, type Executor } from '../../platform/db';
import { AppError, notFound } from '../../platform/errors';
import { requireOperator } from '../../platform/guards';
import { newId } from '../../platform/ids';
import { formatYuan } from '../../platform/money';
import { getPolicy } from '../policy';
import { recordAudit } from '../audit';
import { providerCompanyName } from '../onboarding';
import { depositOverview, syncHolds } from './deposits.service';
import { postLedger } from './ledger.service';
import { outPostings } from './ledger.rules';
import * as repo from './money-out.repo';
import * as ledger from './ledger.repo';

const OUT_MEMO: Record<string, (rule: string | null) => string> = {
  deduct: (rule) => `违规扣除（${rule}）`,
  withdraw: () => '保证金提取',
  withdraw_ticket: () => '保证金提取（工单）',
  exit: () => '退出退还全部保证金',
};

type Reserve = { providerId: string; amountFen: number; fromHeld: number };

async function reserve(ctx: AppContext, tx: Executor, actor: Actor, id: string, r: Reserve) {
  const now = ctx.clock.now();
  const parts: Array<['held' | 'available', number]> = [
    ['held', r.fromHeld],
    ['available', r.amountFen - r.fromHeld],
  ];
  for (const [from, amount] of parts) {
    if (amount > 0)
      await postLedger(tx, now, actor, {
        posting: outPostings.reserve(r.providerId, amount, from),
        providerId: r.providerId,
        reference: `out:${id}:reserve:${from}`,
      });
  }
}

/** Withdrawal (kuaishou: of what is above the requirement) or, where the policy says so, a 工单. */
export async function requestWithdrawal(
  ctx: AppContext,
  actor: Actor,
  providerId: string,
  amountFen: number,
  reason: string,
) {
  const policy = await getPolicy(ctx);
  const { available } = await depositOverview(ctx, providerId);
  if (amountFen > available)
    throw new AppError('DEPOSITS.WITHDRAW_EXCEEDS_AVAILABLE', 409, {
      params: { available: `¥${formatYuan(available)}` },
    });
  const id = newId('out');
  const now = ctx.clock.now();
  await ctx.db.transaction(async (tx) => {
    const kind = policy.depositWithdrawal === 'online' ? 'withdraw' : 'withdraw_ticket';
    await repo.insertMoneyOut(tx, {
      id,
      kind,
      providerId,
      amountFen,
      fromHeldFen: 0,
      state: 'requested',
      rule: null,
      reason,
      requestedBy: 'provider',
      firstApprovedBy: null,
      secondApprovedBy: null,
      rejectedBy: null,
      createdAt: now,
      decidedAt: null,
    });
    await reserve(ctx, tx, actor, id, { providerId, amountFen, fromHeld: 0 });
  });
  return id;
}

/**
 * 退出 (exit): everything in the deposit — held and available — goes back to the provider once two
 * operators approve; on completion every requirement is released and the account stands at zero.
 * Refused while an exit (or any other money leaving the deposit) is still waiting for approval.
 */
export async function requestExit(
  ctx: AppContext,
  actor: Actor,
  providerId: string,
  reason: string,
) {
  const id = newId('out');
  const now = ctx.clock.now();
  try {
    await ctx.db.transaction(async (tx) => {
      const open = await repo.listOpenMoneyOuts(tx, providerId);
      if (open.some((o) => o.kind === 'exit')) throw new AppError('DEPOSITS.EXIT_PENDING', 409);
      if (open.length) throw new AppError('DEPOSITS.MONEY_OUT_PENDING', 409);
      const o = await depositOverview(ctx, providerId, tx);
      const amountFen = o.held + o.available;
      if (amountFen <= 0) throw new AppError('DEPOSITS.NOTHING_TO_REFUND', 409);
      await repo.insertMoneyOut(tx, {
        id,
        kind: 'exit',
        providerId,
        amountFen,
        fromHeldFen: o.held,
        state: 'requested',
        rule: null,
        reason,
        requestedBy: 'provider',
        firstApprovedBy: null,
        secondApprovedBy: null,
        rejectedBy: null,
        createdAt: now,
        decidedAt: null,
      });
      await reserve(ctx, tx, actor, id, { providerId, amountFen, fromHeld: o.held });
      await recordAudit(tx, now, actor, {
        action: 'deposits.exit.requested',
        targetType: 'money_out',
        targetId: id,
        detail: { providerId, amountFen, held: o.held, available: o.available },
      });
    });
  } catch (e) {
    // Two requests at once: the partial unique index lets one exit through.
    if (isUniqueViolation(e)) throw new AppError('DEPOSITS.EXIT_PENDING', 409);
    throw e;
  }
  return id;
}

/** An operator proposes a deduction for a violation, citing the rule; a second operator approves. */
export async function proposeDeduction(
  ctx: AppContext,
  actor: Actor | null,
  d: { providerId: string; amountFen: number; rule: string; reason: string },
) {
  const op = requireOperator(actor, 'finance');
  if (!(await providerCompanyName(ctx, d.providerId)))
    throw new AppError('DEPOSITS.PROVIDER_NOT_FOUND', 404, {
      fields: { providerId: 'validation.deduction.provider' },
    });
  const o = await depositOverview(ctx, d.providerId);
  if (d.amountFen > o.held + o.available)
    throw new AppError('DEPOSITS.INSUFFICIENT_AVAILABLE', 409);
  const id = newId('out');
  const fromHeld = Math.min(o.held, d.amountFen);
  await ctx.db.transaction(async (tx) => {
    await repo.insertMoneyOut(tx, {
      id,
      kind: 'deduct',
      providerId: d.providerId,
      amountFen: d.amountFen,
      fromHeldFen: fromHeld,
      state: 'requested',
      rule: d.rule,
      reason: d.reason,
      requestedBy: op.operatorId,
      firstApprovedBy: null,
      secondApprovedBy: null,
      rejectedBy: null,
      createdAt: ctx.clock.now(),
      decidedAt: null,
    });
    await reserve(ctx, tx, op, id, { providerId: d.providerId, amountFen: d.amountFen, fromHeld });
  });
  return id;
}

/**
 * Two different operators must agree before money leaves: for a deduction the one who proposed it
 * and another who approves; for a provider's withdrawal two approvals by different operators.
 */
export async function approveMoneyOut(ctx: AppContext, actor: Actor | null, id: string) {
  const op = requireOperator(actor, 'finance');
  const out = await repo.findMoneyOut(ctx.db, id);
  if (!out) throw notFound();
  if ([out.requestedBy, out.firstApprovedBy].includes(op.operatorId))
    throw new AppError('DEPOSITS.SECOND_OPERATOR_REQUIRED', 409);
  const now = ctx.clock.now();
  if (out.state === 'requested' && out.kind === 'deduct') {
    // The proposer was the first operator; this approval is the second.
    await repo.moveMoneyOut(ctx.db, id, 'requested', {
      state: 'first_approved',
      firstApprovedBy: out.requestedBy,
    });
  } else if (out.state === 'requested') {
    if (
      !(await repo.moveMoneyOut(ctx.db, id, 'requested', {
        state: 'first_approved',
        firstApprovedBy: op.operatorId,
      }))
    )
      throw new AppError('DEPOSITS.CREDIT_NOT_OPEN', 409);
    await recordAudit(ctx.db, now, op, {
      action: `deposits.${out.kind}.first_approval`,
      targetType: 'money_out',
      targetId: id,
    });
    return 'first_approved' as const;
  }
  await ctx.db.transaction(async (tx) => {
    const moved = await repo.moveMoneyOut(tx, id, 'first_approved', {
      state: 'done',
      secondApprovedBy: op.operatorId,
      decidedAt: now,
    });
    if (!moved) throw new AppError('DEPOSITS.CREDIT_NOT_OPEN', 409);
    const posting =
      out.kind === 'deduct'
        ? outPostings.deducted(out.providerId, out.amountFen)
        : outPostings.withdrawn(out.providerId, out.amountFen);
    await postLedger(tx, now, op, {
      posting,
      providerId: out.providerId,
      reference: `out:${id}:done`,
      memo: OUT_MEMO[out.kind]?.(out.rule) ?? '保证金提取',
      detail: { rule: out.rule, reason: out.reason },
    });
    if (out.kind === 'exit') {
      const released = await ledger.deleteRequirements(tx, out.providerId);
      await recordAudit(tx, now, op, {
        action: 'deposits.exit.requirements_released',
        targetType: 'money_out',
        targetId: id,
        detail: {
          providerId: out.providerId,
          requirements: released.map((r) => ({
            sourceType: r.sourceType,
            sourceId: r.sourceId,
            label: r.label,
            amountFen: r.amountFen,
          })),
        },
      });
    }
    await syncHolds(ctx, tx, op, out.providerId, `out:${id}`);
  });
  return 'done' as const;
}

export async function rejectMoneyOut(ctx: AppContext, actor: Actor | null, id: string) {
  const op = requireOperator(actor, 'finance');
  const out = await repo.findMoneyOut(ctx.db, id);
  if (!out) throw notFound();
  const now = ctx.clock.now();
  await ctx.db.transaction(async (tx) => {
    const moved =
      (await repo.moveMoneyOut(tx, id, 'requested', {
        state: 'rejected',
        rejectedBy: op.operatorId,
        decidedAt: now,
      })) ??
      (await repo.moveMoneyOut(tx, id, 'first_approved', {
        state: 'rejected',
        rejectedBy: op.operatorId,
        decidedAt: now,
      }));
    if (!moved) throw new AppError('DEPOSITS.CREDIT_NOT_OPEN', 409);
    for (const [to, amount] of [
      ['held', out.fromHeldFen],
      ['available', out.amountFen - out.fromHeldFen],
    ] as const) {
      if (amount > 0)
        await postLedger(tx, now, op, {
          posting: outPostings.cancelled(out.providerId, amount, to),
          providerId: out.providerId,
          reference: `out:${id}:cancel:${to}`,
        });
    }
  });
}

export async function listMoneyOuts(ctx: AppContext, f: { state?: string; providerId?: string }) {
  const rows = await repo.listMoneyOuts(ctx.db, f);
  const names = new Map<string, string | null>();
  for (const id of new Set(rows.map((r) => r.providerId)))
    names.set(id, await providerCompanyName(ctx, id));
  return rows.map((r) => ({
    ...r,
    companyName: names.get(r.providerId) ?? null,
    createdAt: r.createdAt.toISOString(),
    decidedAt: r.decidedAt?.toISOString() ?? null,
  }));
}
