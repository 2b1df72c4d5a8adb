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
