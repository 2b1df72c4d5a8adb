import { pgTable, text, bigint, integer, index, jsonb } from 'drizzle-orm/pg-core';
import { ts } from '../../platform/columns.tables';

const fen = (name: string) => bigint(name, { mode: 'number' });

/** A deposit payment order (去缴纳): pending until paid or closed at its deadline. */
export const paymentOrders = pgTable(
  'payment_orders',
  {
    id: text('id').primaryKey(),
    providerId: text('provider_id').notNull(),
    purpose: text('purpose').notNull(),
    amountFen: fen('amount_fen').notNull(),
    channel: text('channel').notNull(),
    gateway: text('gateway').notNull(),
    state: text('state').notNull(),
    gatewayTradeNo: text('gateway_trade_no'),
    cashierUrl: text('cashier_url'),
    expiresAt: ts('expires_at').notNull(),
    paidAt: ts('paid_at'),
    closedAt: ts('closed_at'),
    ledgerTransactionId: text('ledger_transaction_id'),
    createdAt: ts('created_at').notNull(),
  },
  (t) => [
    index('payment_orders_provider_idx').on(t.providerId, t.createdAt),
    index('payment_orders_state_idx').on(t.state, t.expiresAt),
  ],
);

/** Every notification the gateway sent us, verified or not, and what we did with it. */
export const paymentNotifications = pgTable(
  'payment_notifications',
  {
    id: text('id').primaryKey(),
    orderId: text('order_id'),
    channel: text('channel').notNull(),
    verified: text('verified').notNull(),
    outcome: text('outcome').notNull(),
    payload: jsonb('payload').$type<Record<string, unknown>>().notNull(),
    receivedAt: ts('received_at').notNull(),
  },
  (t) => [index('payment_notifications_order_idx').on(t.orderId)],
);

/** The sandbox gateway's own books: its orders and the notifications it must deliver. */
export const sandboxOrders = pgTable('sandbox_orders', {
  tradeNo: text('trade_no').primaryKey(),
  outTradeNo: text('out_trade_no').notNull().unique(),
  appId: text('app_id').notNull(),
  channel: text('channel').notNull(),
  amountFen: fen('amount_fen').notNull(),
  subject: text('subject').notNull(),
  notifyUrl: text('notify_url').notNull(),
  returnUrl: text('return_url').notNull(),
  status: text('status').notNull(),
  paidAt: ts('paid_at'),
  refundedFen: fen('refunded_fen').notNull().default(0),
  createdAt: ts('created_at').notNull(),
});

export const sandboxNotifications = pgTable(
  'sandbox_notifications',
  {
    id: text('id').primaryKey(),
    seq: bigint('seq', { mode: 'number' }).generatedAlwaysAsIdentity(),
    tradeNo: text('trade_no').notNull(),
    url: text('url').notNull(),
    headers: jsonb('headers').$type<Record<string, string>>().notNull(),
    body: text('body').notNull(),
    ack: text('ack').notNull(),
    status: text('status').notNull(),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: ts('next_attempt_at').notNull(),
    lastResponse: text('last_response'),
    createdAt: ts('created_at').notNull(),
  },
  (t) => [index('sandbox_notifications_due_idx').on(t.status, t.nextAttemptAt)],
);
