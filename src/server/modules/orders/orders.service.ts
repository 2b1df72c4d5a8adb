import type { Actor, AppContext } from '../../platform/context';
import type { Executor, Tx } from '../../platform/db';
import { AppError, notFound } from '../../platform/errors';
import { requireKind } from '../../platform/guards';
import { newId } from '../../platform/ids';
import type { Policy } from '../../../contracts/policy';
import type { MarketOrder, Quote, SpecChoice, SubscriptionView } from '../../../contracts/orders';
import { recordAudit } from '../audit';
import { enqueueWebhook } from '../apps';
import { postLedger, salePostings } from '../deposits';
import { getPolicy } from '../policy';
import { getServiceForSale, type ServiceForSale } from '../services';
import * as repo from './orders.repo';
import { commissionFor, daysLeft, planPurchase, type CurrentSubscription } from './orders.rules';

export const SYSTEM: Actor = { kind: 'system' };

/** Hooks the market read side wires in later (sales count, rating stats); no-ops by default. */
export type MarketStatsPort = {
  onSale(tx: Tx, serviceId: string): Promise<void>;
  onRating(tx: Tx, serviceId: string, stars: number): Promise<void>;
  onRatingHidden(tx: Tx, serviceId: string, stars: number): Promise<void>;
};
export const noStats: MarketStatsPort = {
  onSale: async () => {},
  onRating: async () => {},
  onRatingHidden: async () => {},
};

export const current = (s: repo.SubscriptionRow | null): CurrentSubscription =>
  s
    ? {
        version: s.version,
        trial: s.trial,
        validUntil: s.validUntil,
        state: s.state as 'active' | 'expired',
        mode: s.mode as 'purchased' | 'authorized',
      }
    : null;

/** A listed, visible service, or 404; frozen ones take no orders or renewals. */
export async function sellable(ctx: AppContext, serviceId: string, ex: Executor = ctx.db) {
  const svc = await getServiceForSale(ctx, serviceId, ex);
  if (!svc || !svc.visible) throw notFound();
  if (svc.frozen) throw new AppError('ORDERS.SERVICE_FROZEN', 409);
  return svc;
}

export function findSpec(svc: ServiceForSale, c: SpecChoice) {
  for (const p of svc.packages)
    if (p.name === c.packageName)
      for (const s of p.specs)
        if (s.version === c.version && s.durationDays === c.durationDays) return s;
  throw new AppError('ORDERS.SPEC_NOT_FOUND', 400, {
    fields: { version: 'ORDERS.SPEC_NOT_FOUND' },
  });
}

const requireOnline = (policy: Policy) => {
  if (policy.purchase !== 'online') throw new AppError('ORDERS.PURCHASE_OFFLINE', 409);
};

/** 订购前: what buying this spec row would do now (the page shows the days given up BEFORE paying). */
export async function quote(
  ctx: AppContext,
  actor: Actor | null,
  serviceId: string,
  c: SpecChoice,
): Promise<Quote> {
  const m = requireKind(actor, 'merchant');
  requireOnline(await getPolicy(ctx));
  const svc = await sellable(ctx, serviceId);
  const spec = findSpec(svc, c);
  const sub = await repo.findSubscription(ctx.db, m.accountId, serviceId);
  const taken = spec.trial && (await repo.trialTaken(ctx.db, m.accountId, serviceId));
  const plan = planPurchase(current(sub), spec, ctx.clock.now(), taken);
  if (!plan.ok) throw new AppError(plan.code, 409);
  return {
    kind: plan.kind,
    priceFen: spec.priceFen,
    validFrom: plan.validFrom.toISOString(),
    validUntil: plan.validUntil.toISOString(),
    forfeitDays: plan.forfeitDays,
    currentVersion: sub?.version ?? null,
    currentValidUntil: sub?.validUntil?.toISOString() ?? null,
  };
}

export function toOrderView(
  o: repo.OrderRow,
  pay: { cashierUrl: string | null; expiresAt: Date; state: string } | null,
): MarketOrder {
  // A market order waits on its payment order: once that closes unpaid, so does the order (the
  // close moves it to closed; orders closed before that did are still read through their payment).
  const state = o.state === 'pending' && pay?.state === 'closed' ? 'closed' : o.state;
  return {
    id: o.id,
    serviceId: o.serviceId,
    serviceName: o.serviceName,
    packageName: o.packageName,
    version: o.version,
    durationDays: o.durationDays,
    priceFen: o.priceFen,
    trial: o.trial,
    kind: o.kind as MarketOrder['kind'],
    forfeitDays: o.forfeitDays,
    state: state as MarketOrder['state'],
    cashierUrl: o.state === 'pending' ? (pay?.cashierUrl ?? null) : null,
    expiresAt: pay?.expiresAt.toISOString() ?? null,
    paidAt: o.paidAt?.toISOString() ?? null,
    refundedAt: o.refundedAt?.toISOString() ?? null,
    createdAt: o.createdAt.toISOString(),
  };
}

export function toSubscriptionView(
  s: repo.SubscriptionRow,
  now: Date,
  rated: boolean,
): SubscriptionView {
  const ended = s.state === 'expired' || (!!s.validUntil && s.validUntil <= now);
  return {
    id: s.id,
    serviceId: s.serviceId,
    serviceName: s.serviceName,
    mode: s.mode as SubscriptionView['mode'],
    packageName: s.packageName,
    version: s.version,
    trial: s.trial,
    state: ended ? 'expired' : 'active',
    validFrom: s.validFrom.toISOString(),
    validUntil: s.validUntil?.toISOString() ?? null,
    daysLeft: s.validUntil ? daysLeft(s.validUntil, now) : null,
    canRate: !rated && s.validFrom <= now,
    rated,
  };
}

/**
 * The order is paid (in the payment's transaction): the subscription starts, extends or is
 * replaced under its row lock, the sale is posted through the ledger with the commission, and the
 * app hears `order.paid` (and `subscription.extended`). Exactly once: the order moves pending →
 * paid by compare-and-set.
 */
export async function fulfilOrder(
  ctx: AppContext,
  tx: Tx,
  orderId: string,
  paidAt: Date,
  stats: MarketStatsPort,
): Promise<{ transactionId: string | null } | null> {
  const now = ctx.clock.now();
  const o = await repo.moveOrder(tx, orderId, 'pending', { state: 'paid', paidAt });
  if (!o) return null;
  const sub = await repo.findSubscription(tx, o.merchantAccountId, o.serviceId, true);
  const spec = { version: o.version, durationDays: o.durationDays, trial: o.trial };
  let plan = planPurchase(current(sub), spec, now, false);
  // Paid is paid: a trial that no longer fits (bought over meanwhile) still starts from now.
  if (!plan.ok) plan = planPurchase(null, { ...spec, trial: false }, now, false);
  if (!plan.ok) throw new Error('unreachable');
  const kind = o.trial ? 'trial' : plan.kind;
  const saved = await repo.upsertSubscription(tx, {
    id: sub?.id ?? newId('sub'),
    merchantAccountId: o.merchantAccountId,
    merchantMobile: o.merchantMobile,
    providerId: o.providerId,
    serviceId: o.serviceId,
    appId: o.appId,
    serviceName: o.serviceName,
    mode: 'purchased',
    packageName: o.packageName,
    version: o.version,
    trial: o.trial,
    state: 'active',
    validFrom: kind === 'extend' ? (sub?.validFrom ?? plan.validFrom) : plan.validFrom,
    validUntil: plan.validUntil,
    lastOrderId: o.id,
    remindedAt: null,
    expiredAt: null,
    createdAt: sub?.createdAt ?? now,
    updatedAt: now,
  });
  await repo.updateOrder(tx, o.id, {
    subscriptionId: saved.id,
    kind,
    forfeitDays: plan.forfeitDays,
  });
  let transactionId: string | null = null;
  if (o.priceFen > 0) {
    const posted = await postLedger(tx, now, SYSTEM, {
      posting: salePostings.sale(o.providerId, o.priceFen, o.commissionFen),
      providerId: null,
      reference: `sale:${o.id}`,
      memo: `服务市场订单 ${o.serviceName}`,
      detail: { orderId: o.id, providerId: o.providerId, commissionFen: o.commissionFen },
    });
    transactionId = posted.transactionId;
  }
  await recordAudit(tx, now, SYSTEM, {
    action: 'market.order.paid',
    targetType: 'market_order',
    targetId: o.id,
    detail: { kind, priceFen: o.priceFen, commissionFen: o.commissionFen, serviceId: o.serviceId },
  });
  if (o.appId) {
    await enqueueWebhook(tx, now, o.appId, 'order.paid', {
      orderId: o.id,
      serviceId: o.serviceId,
      merchantId: o.merchantAccountId,
      packageName: o.packageName,
      version: o.version,
      durationDays: o.durationDays,
      priceFen: o.priceFen,
      trial: o.trial,
    });
    if (kind === 'extend')
      await enqueueWebhook(tx, now, o.appId, 'subscription.extended', {
        subscriptionId: saved.id,
        serviceId: o.serviceId,
        merchantId: o.merchantAccountId,
        version: o.version,
        validUntil: plan.validUntil.toISOString(),
      });
  }
  await stats.onSale(tx, o.serviceId);
  return { transactionId };
}

/**
 * The order's payment closed unpaid (in the transaction that closed it): pending → closed, so the
 * merchant, the provider and the open API all read the same state. Once, by compare-and-set. A
 * trial never taken gives its claim back: the merchant may order the trial again (still once).
 */
export async function closeUnpaidOrder(tx: Tx, orderId: string) {
  const o = await repo.moveOrder(tx, orderId, 'pending', { state: 'closed' });
  if (o?.trial) await repo.releaseTrial(tx, o.merchantAccountId, o.serviceId, o.id);
  return o;
}

/** What the market order flow uses of the module's rows (each takes the caller's executor). */
export const orderRows = {
  insert: repo.insertOrder,
  find: repo.findOrder,
  findByPayment: repo.findOrderByPayment,
  move: repo.moveOrder,
  list: repo.listOrders,
  /** A refunded order's days come off the subscription it bought; ended → expired. */
  async shortenFor(tx: Tx, o: repo.OrderRow, now: Date) {
    if (!o.subscriptionId) return;
    const s = await repo.findSubscriptionById(tx, o.subscriptionId);
    if (!s?.validUntil || s.lastOrderId !== o.id) return;
    const until = new Date(s.validUntil.getTime() - o.durationDays * 86_400_000);
    const ended = until <= now;
    await repo.upsertSubscription(tx, {
      ...s,
      validUntil: ended ? now : until,
      state: ended ? 'expired' : s.state,
      expiredAt: ended ? now : s.expiredAt,
      updatedAt: now,
    });
  },
};

export async function planFor(
  ex: Executor,
  merchantAccountId: string,
  serviceId: string,
  spec: { version: string; durationDays: number; trial: boolean },
  now: Date,
) {
  const sub = await repo.findSubscription(ex, merchantAccountId, serviceId);
  const taken = spec.trial && (await repo.trialTaken(ex, merchantAccountId, serviceId));
  const plan = planPurchase(current(sub), spec, now, taken);
  if (!plan.ok) throw new AppError(plan.code, 409);
  return plan;
}

export const claimTrialFor = (
  ex: Executor,
  merchantAccountId: string,
  serviceId: string,
  orderId: string,
  now: Date,
) => repo.claimTrial(ex, { merchantAccountId, serviceId, orderId, createdAt: now });

export const commissionOf = (policy: Policy, svc: ServiceForSale, priceFen: number) =>
  commissionFor(policy, { type: svc.serviceType, name: svc.categoryName }, priceFen);
