import type { Actor, AppContext } from '../platform/context';
import { AppError } from '../platform/errors';
import { newId } from '../platform/ids';
import type { Tx } from '../platform/db';
import {
  creditDeposit,
  depositOverview,
  postLedger,
  postings,
  type FailedRecordSource,
} from '../modules/deposits';
import { requireOnboardedProvider } from '../modules/onboarding';
import { getPolicy } from '../modules/policy';
import {
  newPaymentOrder,
  notifyStyle,
  paymentOrders as orders,
  recordPaymentNotification,
  type Channel,
  type PaymentGateway,
  type PaymentOrderRow,
  type VerifiedNotice,
} from '../modules/payments';

const SYSTEM: Actor = { kind: 'system' };
const PURPOSE = 'deposit';

/**
 * What a payment order of another purpose (a market order) does once paid, inside the transaction
 * that moves it to paid; answers the ledger transaction it posted. The same notification, expiry
 * and late-payment machinery serves every purpose.
 */
export type PaidHandler = (
  ctx: AppContext,
  tx: Tx,
  order: PaymentOrderRow,
  notice: VerifiedNotice,
) => Promise<{ transactionId: string | null }>;
const paidHandlers = new Map<string, PaidHandler>();
export function registerPaidHandler(purpose: string, handler: PaidHandler) {
  paidHandlers.set(purpose, handler);
}

/**
 * What a payment order of another purpose does when it closes unpaid, inside the transaction that
 * closes it, so the order it pays for never stays pending behind a closed payment.
 */
export type ClosedHandler = (ctx: AppContext, tx: Tx, order: PaymentOrderRow) => Promise<void>;
const closedHandlers = new Map<string, ClosedHandler>();
export function registerClosedHandler(purpose: string, handler: ClosedHandler) {
  closedHandlers.set(purpose, handler);
}

export function toOrderView(o: PaymentOrderRow) {
  return {
    id: o.id,
    amountFen: o.amountFen,
    channel: o.channel as Channel,
    state: o.state,
    cashierUrl: o.cashierUrl,
    expiresAt: o.expiresAt.toISOString(),
    createdAt: o.createdAt.toISOString(),
    paidAt: o.paidAt?.toISOString() ?? null,
  };
}

/** 交易流水's failed rows: the provider's deposit orders that closed unpaid, paged in SQL. */
export function failedPaymentRecords(ctx: AppContext, providerId: string): FailedRecordSource {
  return {
    count: () => orders.countClosed(ctx.db, providerId),
    list: async (limit, offset) =>
      (await orders.listClosed(ctx.db, providerId, limit, offset)).map((o) => ({
        id: o.id,
        amountFen: o.amountFen,
        memo: '支付超时，订单已关闭',
        at: o.closedAt ?? o.expiresAt,
      })),
  };
}

/** 去缴纳: a payment order for what is due, payable within the policy's deadline (kuaishou: 60 min). */
export async function startDepositPayment(
  ctx: AppContext,
  gw: PaymentGateway,
  actor: Actor | null,
  channel: Channel,
  baseUrl: string,
) {
  const p = await requireOnboardedProvider(ctx, actor);
  const policy = await getPolicy(ctx);
  if (policy.depositPayment !== 'online')
    throw new AppError('DEPOSITS.ONLINE_PAYMENT_DISABLED', 409);
  const now = ctx.clock.now();
  const open = await orders.findOpen(ctx.db, p.providerId, PURPOSE);
  if (open && open.expiresAt > now && open.channel === channel) return toOrderView(open);
  if (open) await closeOrder(ctx, gw, open);
  const { due } = await depositOverview(ctx, p.providerId);
  if (due <= 0) throw new AppError('DEPOSITS.NOTHING_DUE', 409);
  const order = newPaymentOrder({
    id: newId('pay'),
    providerId: p.providerId,
    purpose: PURPOSE,
    amountFen: due,
    channel,
    gateway: gw.name,
    now,
    payWithinMinutes: policy.depositOrderMinutes,
  });
  await orders.create(ctx.db, order);
  const g = await gw.createOrder({
    outTradeNo: order.id,
    amountFen: due,
    channel,
    subject: `服务市场保证金 ${p.companyName}`,
    notifyUrl: `${baseUrl}/payments/notify/${notifyStyle(channel)}`,
    returnUrl: `${baseUrl}/provider/deposit?order=${order.id}`,
  });
  await orders.attachGatewayOrder(ctx.db, order.id, g.tradeNo, g.cashierUrl);
  return toOrderView({ ...order, gatewayTradeNo: g.tradeNo, cashierUrl: g.cashierUrl });
}

/**
 * Applies a verified payment to its order, exactly once whatever the gateway repeats:
 * pending → paid credits the deposit; a payment after the order closed is recorded and refunded.
 */
async function applyPaid(
  ctx: AppContext,
  gw: PaymentGateway,
  order: PaymentOrderRow,
  n: VerifiedNotice,
) {
  const now = ctx.clock.now();
  const paidInTime = !n.paidAt || n.paidAt <= order.expiresAt;
  const credited = await ctx.db.transaction(async (tx) => {
    const won = paidInTime
      ? await orders.move(tx, order.id, 'pending', { state: 'paid', paidAt: n.paidAt ?? now })
      : null;
    if (!won) return false;
    const other = order.purpose === PURPOSE ? null : paidHandlers.get(order.purpose);
    if (other) {
      const r = await other(ctx, tx, order, n);
      await orders.move(tx, order.id, 'paid', { ledgerTransactionId: r.transactionId });
      return true;
    }
    const res = await creditDeposit(ctx, tx, SYSTEM, {
      providerId: order.providerId,
      amountFen: order.amountFen,
      via: 'gateway',
      reference: `payorder:${order.id}`,
      memo: `保证金充值（${order.channel}）`,
      detail: { orderId: order.id, tradeNo: n.tradeNo, channel: order.channel },
    });
    await orders.move(tx, order.id, 'paid', { ledgerTransactionId: res.transactionId });
    return true;
  });
  if (credited) return 'credited';
  const fresh = await orders.find(ctx.db, order.id);
  if (fresh?.state === 'paid' || fresh?.state === 'refunded') return 'duplicate';
  // Closed (or closing) when the money came: never credit it silently; owe it back and refund.
  return refundLate(ctx, gw, fresh ?? order, n);
}

async function refundLate(
  ctx: AppContext,
  gw: PaymentGateway,
  order: PaymentOrderRow,
  n: VerifiedNotice,
) {
  const now = ctx.clock.now();
  const from = order.state === 'pending' ? 'pending' : 'closed';
  const won = await ctx.db.transaction(async (tx) => {
    const moved = await orders.move(tx, order.id, from, {
      state: 'late_paid',
      paidAt: n.paidAt ?? now,
      closedAt: order.closedAt ?? now,
    });
    if (!moved) return false;
    await postLedger(tx, now, SYSTEM, {
      posting: postings.latePayment(order.amountFen),
      providerId: order.providerId,
      reference: `late:${order.id}`,
      memo: '订单关闭后到账，原路退回',
      detail: { orderId: order.id, tradeNo: n.tradeNo },
    });
    return true;
  });
  if (!won) return 'duplicate';
  const r = await gw.refund(order.id, order.amountFen);
  if (r.refunded) {
    await ctx.db.transaction(async (tx) => {
      await postLedger(tx, ctx.clock.now(), SYSTEM, {
        posting: postings.refundPaid(order.amountFen),
        providerId: order.providerId,
        reference: `refund:${order.id}`,
        memo: '迟到付款已退回',
        detail: { orderId: order.id },
      });
      await orders.move(tx, order.id, 'late_paid', { state: 'refunded' });
    });
  }
  return 'late_refunded';
}

export type NoticeOutcome = 'credited' | 'duplicate' | 'late_refunded' | 'ignored' | 'rejected';

/** The notify endpoint's whole job: verify, match, apply. Rejected notices credit nothing. */
export async function handlePaymentNotice(
  ctx: AppContext,
  gw: PaymentGateway,
  style: 'alipay' | 'wechat',
  headers: Record<string, string | undefined>,
  raw: string,
): Promise<NoticeOutcome> {
  const now = ctx.clock.now();
  const log = (
    orderId: string | null,
    verified: string,
    outcome: NoticeOutcome,
    payload: Record<string, unknown>,
  ) =>
    recordPaymentNotification(ctx.db, {
      id: newId('pnt'),
      orderId,
      channel: style,
      verified,
      outcome,
      payload,
      receivedAt: now,
    });
  let n: VerifiedNotice;
  try {
    n = gw.verifyNotification(style, headers, raw);
  } catch {
    await log(null, 'bad_signature', 'rejected', { raw: raw.slice(0, 2000) });
    return 'rejected';
  }
  const order = await orders.find(ctx.db, n.outTradeNo);
  if (!order || n.appId !== gw.appId || n.amountFen !== order.amountFen) {
    await log(order?.id ?? null, 'mismatch', 'rejected', { ...n });
    return 'rejected';
  }
  const outcome = n.status === 'TRADE_SUCCESS' ? await applyPaid(ctx, gw, order, n) : 'ignored';
  await log(order.id, 'ok', outcome, { ...n });
  return outcome;
}

async function closeOrder(ctx: AppContext, gw: PaymentGateway, order: PaymentOrderRow) {
  // Ask the gateway first: a payment it already took is applied, not lost behind the close.
  const q = await gw.queryOrder(order.id);
  if (q.status === 'TRADE_SUCCESS') {
    await applyPaid(ctx, gw, order, {
      outTradeNo: order.id,
      tradeNo: q.tradeNo ?? '',
      appId: gw.appId,
      amountFen: q.amountFen ?? 0,
      status: q.status,
      paidAt: q.paidAt ?? null,
    });
    return;
  }
  await gw.closeOrder(order.id);
  await ctx.db.transaction(async (tx) => {
    const closed = await orders.move(tx, order.id, 'pending', {
      state: 'closed',
      closedAt: ctx.clock.now(),
    });
    if (closed) await closedHandlers.get(closed.purpose)?.(ctx, tx, closed);
  });
}

/** Closes every pending order past its deadline (run periodically, on any instance). */
export async function closeExpiredOrders(ctx: AppContext, gw: PaymentGateway): Promise<number> {
  const expired = await orders.listExpiredPending(ctx.db, ctx.clock.now(), 50);
  for (const o of expired) await closeOrder(ctx, gw, o);
  return expired.length;
}
