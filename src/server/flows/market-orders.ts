import type { Actor, AppContext } from '../platform/context';
import { AppError, notFound } from '../platform/errors';
import { requireKind } from '../platform/guards';
import { newId } from '../platform/ids';
import type { Channel } from '../modules/payments';
import type { SpecChoice } from '../../contracts/orders';
import { recordAudit } from '../modules/audit';
import { postLedger, salePostings } from '../modules/deposits';
import { getPolicy } from '../modules/policy';
import { adjustListingStats } from '../modules/market';
import {
  newPaymentOrder,
  notifyStyle,
  paymentOrders,
  type PaymentGateway,
  type PaymentOrderRow,
} from '../modules/payments';
import {
  claimTrialFor,
  closeUnpaidOrder,
  commissionOf,
  fulfilOrder,
  findSpec,
  orderRows,
  planFor,
  refundableUntil,
  sellable,
  toOrderView,
  type MarketStatsPort,
} from '../modules/orders';
import { registerClosedHandler, registerPaidHandler } from './deposit-payment';

const PURPOSE = 'market';

/** Sales and ratings move the market listing's figures, in the transaction that records them. */
const stats: MarketStatsPort = {
  onSale: (tx, id) => adjustListingStats(tx, id, { sales: 1 }),
  onRating: (tx, id, stars) => adjustListingStats(tx, id, { ratingSum: stars, ratingCount: 1 }),
  onRatingHidden: (tx, id, stars) =>
    adjustListingStats(tx, id, { ratingSum: -stars, ratingCount: -1 }),
};
export const marketStats = (): MarketStatsPort => stats;

// A market payment order, once paid, fulfils its market order in the same transaction.
registerPaidHandler(PURPOSE, async (ctx, tx, pay: PaymentOrderRow, n) => {
  const o = await orderRows.findByPayment(tx, pay.id);
  if (!o) throw new Error(`payment ${pay.id} has no market order`);
  const r = await fulfilOrder(ctx, tx, o.id, n.paidAt ?? ctx.clock.now(), marketStats());
  return { transactionId: r?.transactionId ?? null };
});

// A market payment order that closes unpaid closes its market order in the same transaction.
registerClosedHandler(PURPOSE, async (_ctx, tx, pay: PaymentOrderRow) => {
  const o = await orderRows.findByPayment(tx, pay.id);
  if (o) await closeUnpaidOrder(tx, o.id);
});

/**
 * 立即订购: an order for one spec row with everything snapshotted, then the sandbox cashier. A
 * free row (a 0-fen trial) needs no cashier and starts at once. A trial is claimed with the order
 * (one per merchant and service, enforced by a primary key).
 */
export async function placeOrder(
  ctx: AppContext,
  gw: PaymentGateway,
  actor: Actor | null,
  input: SpecChoice & { serviceId: string; channel: Channel },
  baseUrl: string,
) {
  const m = requireKind(actor, 'merchant');
  const policy = await getPolicy(ctx);
  if (policy.purchase !== 'online') throw new AppError('ORDERS.PURCHASE_OFFLINE', 409);
  const now = ctx.clock.now();
  const payId = newId('pay');
  const order = await ctx.db.transaction(async (tx) => {
    const svc = await sellable(ctx, input.serviceId, tx);
    const spec = findSpec(svc, input);
    const plan = await planFor(tx, m.accountId, svc.id, spec, now);
    const id = newId('mko');
    if (spec.trial && !(await claimTrialFor(tx, m.accountId, svc.id, id, now)))
      throw new AppError('ORDERS.TRIAL_TAKEN', 409);
    const row = {
      id,
      merchantAccountId: m.accountId,
      merchantMobile: m.mobile,
      providerId: svc.providerId,
      serviceId: svc.id,
      appId: svc.appId,
      serviceName: svc.name,
      serviceVersion: svc.version,
      categoryType: svc.serviceType,
      categoryName: svc.categoryName,
      packageName: input.packageName,
      version: spec.version,
      durationDays: spec.durationDays,
      priceFen: spec.priceFen,
      trial: spec.trial,
      kind: plan.kind,
      forfeitDays: plan.forfeitDays,
      commissionFen: commissionOf(policy, svc, spec.priceFen),
      state: 'pending',
      paymentOrderId: spec.priceFen > 0 ? payId : null,
      subscriptionId: null,
      paidAt: null,
      refundedAt: null,
      createdAt: now,
    };
    await orderRows.insert(tx, row);
    await recordAudit(tx, now, m, {
      action: 'market.order.create',
      targetType: 'market_order',
      targetId: id,
      detail: {
        serviceId: svc.id,
        version: spec.version,
        priceFen: spec.priceFen,
        kind: plan.kind,
      },
    });
    if (spec.priceFen === 0) {
      await fulfilOrder(ctx, tx, id, now, stats);
      return row;
    }
    await paymentOrders.create(
      tx,
      newPaymentOrder({
        id: payId,
        providerId: svc.providerId,
        purpose: PURPOSE,
        amountFen: spec.priceFen,
        channel: input.channel,
        gateway: gw.name,
        now,
        payWithinMinutes: policy.depositOrderMinutes,
      }),
    );
    return row;
  });
  if (order.priceFen === 0) return getMyOrder(ctx, actor, order.id);
  const g = await gw.createOrder({
    outTradeNo: payId,
    amountFen: order.priceFen,
    channel: input.channel,
    subject: `服务市场 ${order.serviceName} ${order.version}`,
    notifyUrl: `${baseUrl}/payments/notify/${notifyStyle(input.channel)}`,
    returnUrl: `${baseUrl}/market/orders/${order.id}`,
  });
  await paymentOrders.attachGatewayOrder(ctx.db, payId, g.tradeNo, g.cashierUrl);
  return getMyOrder(ctx, actor, order.id);
}

async function paymentOf(ctx: AppContext, id: string | null) {
  return id ? paymentOrders.find(ctx.db, id) : null;
}

/** The merchant's own order (404 for anyone else's). */
export async function getMyOrder(ctx: AppContext, actor: Actor | null, id: string) {
  const m = requireKind(actor, 'merchant');
  const o = await orderRows.find(ctx.db, id);
  if (!o || o.merchantAccountId !== m.accountId) throw notFound();
  return toOrderView(o, await paymentOf(ctx, o.paymentOrderId));
}

export async function listMyOrders(ctx: AppContext, actor: Actor | null) {
  const m = requireKind(actor, 'merchant');
  const rows = await orderRows.list(ctx.db, { merchantAccountId: m.accountId });
  const items = [];
  for (const o of rows) items.push(toOrderView(o, await paymentOf(ctx, o.paymentOrderId)));
  return { items };
}

/**
 * 退款 (provider, kuaishou): a paid order younger than the refund window, through the gateway's
 * refund API, then the sale reversed in the ledger. Once: the order moves paid → refunding first.
 */
export async function refundOrder(
  ctx: AppContext,
  gw: PaymentGateway,
  actor: Actor,
  providerId: string,
  id: string,
) {
  const policy = await getPolicy(ctx);
  const now = ctx.clock.now();
  const o = await orderRows.find(ctx.db, id);
  if (!o || o.providerId !== providerId) throw notFound();
  const until = o.paidAt ? refundableUntil(o.paidAt, policy.refundWindowMonths) : null;
  if (o.state !== 'paid' || !until || until <= now || !o.paymentOrderId)
    throw new AppError('ORDERS.NOT_REFUNDABLE', 409);
  const claimed = await orderRows.move(ctx.db, o.id, 'paid', { state: 'refunding' });
  if (!claimed) throw new AppError('ORDERS.NOT_REFUNDABLE', 409);
  const r = await gw.refund(o.paymentOrderId, o.priceFen);
  if (!r.refunded) {
    await orderRows.move(ctx.db, o.id, 'refunding', { state: 'paid' });
    throw new AppError('ORDERS.REFUND_FAILED', 502);
  }
  await ctx.db.transaction(async (tx) => {
    await postLedger(tx, now, actor, {
      posting: salePostings.refund(o.providerId, o.priceFen, o.commissionFen),
      providerId: null,
      reference: `sale-refund:${o.id}`,
      memo: `服务市场订单退款 ${o.serviceName}`,
      detail: { orderId: o.id, providerId: o.providerId },
    });
    await orderRows.move(tx, o.id, 'refunding', { state: 'refunded', refundedAt: now });
    await paymentOrders.move(tx, o.paymentOrderId!, 'paid', { state: 'refunded' });
    // The refunded order's time is taken back from the subscription it started or extended.
    await orderRows.shortenFor(tx, o, now);
    await recordAudit(tx, now, actor, {
      action: 'market.order.refund',
      targetType: 'market_order',
      targetId: o.id,
      detail: { priceFen: o.priceFen, commissionFen: o.commissionFen },
    });
  });
}
