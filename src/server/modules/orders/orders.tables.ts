import { sql } from 'drizzle-orm';
import {
  pgTable,
  text,
  integer,
  bigint,
  boolean,
  index,
  uniqueIndex,
  primaryKey,
  check,
} from 'drizzle-orm/pg-core';
import { ts } from '../../platform/columns.tables';

const fen = (name: string) => bigint(name, { mode: 'number' });

/**
 * A merchant's order for one spec row of a listed service (kuaishou). Everything the merchant
 * chose is snapshotted: a later edit of the service never changes what was bought or its price.
 * `kind` and `forfeit_days` say what paying will do to the current subscription (shown before
 * paying); they are recomputed when the payment arrives.
 */
export const marketOrders = pgTable(
  'market_orders',
  {
    id: text('id').primaryKey(),
    merchantAccountId: text('merchant_account_id').notNull(),
    merchantMobile: text('merchant_mobile').notNull(),
    providerId: text('provider_id').notNull(),
    serviceId: text('service_id').notNull(),
    appId: text('app_id'),
    serviceName: text('service_name').notNull(),
    serviceVersion: integer('service_version').notNull(),
    categoryType: text('category_type').notNull(),
    categoryName: text('category_name').notNull(),
    packageName: text('package_name').notNull(),
    version: text('version').notNull(),
    durationDays: integer('duration_days').notNull(),
    priceFen: fen('price_fen').notNull(),
    trial: boolean('trial').notNull(),
    kind: text('kind').notNull(),
    forfeitDays: integer('forfeit_days').notNull().default(0),
    commissionFen: fen('commission_fen').notNull(),
    state: text('state').notNull(),
    paymentOrderId: text('payment_order_id'),
    subscriptionId: text('subscription_id'),
    paidAt: ts('paid_at'),
    refundedAt: ts('refunded_at'),
    createdAt: ts('created_at').notNull(),
  },
  (t) => [
    index('market_orders_merchant_idx').on(t.merchantAccountId, t.createdAt),
    index('market_orders_provider_idx').on(t.providerId, t.createdAt),
    index('market_orders_service_idx').on(t.serviceId, t.createdAt),
    uniqueIndex('market_orders_payment_idx').on(t.paymentOrderId),
    check('market_orders_price_non_negative', sql`${t.priceFen} >= 0 and ${t.commissionFen} >= 0`),
  ],
);

/**
 * What a merchant holds of a service: one row per merchant and service. `mode` is `purchased`
 * (bought and paid in the market) or `authorized` (xiaohongshu: settled outside the market).
 */
export const marketSubscriptions = pgTable(
  'market_subscriptions',
  {
    id: text('id').primaryKey(),
    merchantAccountId: text('merchant_account_id').notNull(),
    merchantMobile: text('merchant_mobile').notNull(),
    providerId: text('provider_id').notNull(),
    serviceId: text('service_id').notNull(),
    appId: text('app_id'),
    serviceName: text('service_name').notNull(),
    mode: text('mode').notNull(),
    packageName: text('package_name'),
    version: text('version'),
    trial: boolean('trial').notNull().default(false),
    state: text('state').notNull(),
    validFrom: ts('valid_from').notNull(),
    validUntil: ts('valid_until'),
    lastOrderId: text('last_order_id'),
    remindedAt: ts('reminded_at'),
    expiredAt: ts('expired_at'),
    createdAt: ts('created_at').notNull(),
    updatedAt: ts('updated_at').notNull(),
  },
  (t) => [
    uniqueIndex('market_subscriptions_one_idx').on(t.merchantAccountId, t.serviceId),
    index('market_subscriptions_provider_idx').on(t.providerId, t.createdAt),
    index('market_subscriptions_due_idx').on(t.state, t.validUntil),
  ],
);

/** A trial is taken once per merchant per service: the primary key makes a second claim fail. */
export const marketTrials = pgTable(
  'market_trials',
  {
    merchantAccountId: text('merchant_account_id').notNull(),
    serviceId: text('service_id').notNull(),
    orderId: text('order_id').notNull(),
    createdAt: ts('created_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.merchantAccountId, t.serviceId] })],
);

/** One rating per subscription (1–5 stars), the provider's reply, and an operator's hide. */
export const marketRatings = pgTable(
  'market_ratings',
  {
    id: text('id').primaryKey(),
    subscriptionId: text('subscription_id').notNull().unique(),
    merchantAccountId: text('merchant_account_id').notNull(),
    serviceId: text('service_id').notNull(),
    providerId: text('provider_id').notNull(),
    stars: integer('stars').notNull(),
    body: text('body').notNull(),
    reply: text('reply'),
    repliedAt: ts('replied_at'),
    hidden: boolean('hidden').notNull().default(false),
    hiddenReason: text('hidden_reason'),
    createdAt: ts('created_at').notNull(),
  },
  (t) => [
    index('market_ratings_service_idx').on(t.serviceId, t.createdAt),
    check('market_ratings_stars', sql`${t.stars} between 1 and 5`),
  ],
);

/** In-site notices for merchants (the reminder before a subscription ends). */
export const marketNotices = pgTable(
  'market_notices',
  {
    id: text('id').primaryKey(),
    merchantAccountId: text('merchant_account_id').notNull(),
    subscriptionId: text('subscription_id').notNull(),
    kind: text('kind').notNull(),
    body: text('body').notNull(),
    createdAt: ts('created_at').notNull(),
    readAt: ts('read_at'),
  },
  (t) => [
    index('market_notices_merchant_idx').on(t.merchantAccountId, t.createdAt),
    uniqueIndex('market_notices_once_idx').on(t.subscriptionId, t.kind, t.body),
  ],
);
