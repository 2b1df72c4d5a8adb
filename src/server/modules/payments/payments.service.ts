import type { Executor } from '../../platform/db';
import * as repo from './payments.repo';

/**
 * What the rest of the product may do with payment orders and notifications. Each function takes
 * the caller's executor so a flow can run it inside its own transaction.
 */
export const paymentOrders = {
  create: repo.insertOrder,
  find: repo.findOrder,
  findOpen: repo.findOpenOrder,
  attachGatewayOrder: repo.setGatewayInfo,
  /** Compare-and-set between states: the winner of a race gets the row, everyone else null. */
  move: repo.moveOrder,
  listExpiredPending: repo.listExpiredPending,
  listClosed: repo.listClosedOrders,
  countClosed: repo.countClosedOrders,
} satisfies Record<string, (ex: Executor, ...args: never[]) => Promise<unknown>>;

export const recordPaymentNotification = repo.recordNotification;

/**
 * A pending payment order that the gateway has not seen yet, payable for `payWithinMinutes`: the
 * one row every purpose (deposit, market) starts from before `create` and `createOrder`.
 */
export function newPaymentOrder(o: {
  id: string;
  providerId: string;
  purpose: string;
  amountFen: number;
  channel: string;
  gateway: string;
  now: Date;
  payWithinMinutes: number;
}): repo.PaymentOrderRow {
  return {
    id: o.id,
    providerId: o.providerId,
    purpose: o.purpose,
    amountFen: o.amountFen,
    channel: o.channel,
    gateway: o.gateway,
    state: 'pending',
    gatewayTradeNo: null,
    cashierUrl: null,
    expiresAt: new Date(o.now.getTime() + o.payWithinMinutes * 60_000),
    paidAt: null,
    closedAt: null,
    ledgerTransactionId: null,
    createdAt: o.now,
  };
}
