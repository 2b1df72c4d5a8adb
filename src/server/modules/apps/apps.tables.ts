import { pgTable, text, integer, bigint, boolean, jsonb, index } from 'drizzle-orm/pg-core';
import { ts } from '../../platform/columns.tables';

/**
 * An app on the open platform, owned by an onboarded provider. `app_key` is the OAuth client_id;
 * only a hash of the app secret is kept. The webhook secret signs deliveries, so it is kept as is.
 */
export const apps = pgTable(
  'apps',
  {
    id: text('id').primaryKey(),
    providerId: text('provider_id').notNull(),
    accountId: text('account_id').notNull(),
    appKey: text('app_key').notNull().unique(),
    secretHash: text('secret_hash').notNull(),
    secretHint: text('secret_hint').notNull(),
    secretRotatedAt: ts('secret_rotated_at').notNull(),
    name: text('name').notNull(),
    description: text('description').notNull().default(''),
    logoFileId: text('logo_file_id'),
    redirectUris: jsonb('redirect_uris').$type<string[]>().notNull(),
    scopes: jsonb('scopes').$type<string[]>().notNull(),
    webhookUrl: text('webhook_url'),
    webhookSecret: text('webhook_secret').notNull(),
    state: text('state').notNull(),
    stateReason: text('state_reason'),
    onlineAt: ts('online_at'),
    createdAt: ts('created_at').notNull(),
    updatedAt: ts('updated_at').notNull(),
  },
  (t) => [
    index('apps_provider_idx').on(t.providerId, t.createdAt),
    index('apps_state_idx').on(t.state, t.createdAt),
  ],
);

/** Each simulated authorization a reviewer ran against an app's callback, and what it answered. */
export const appSimulations = pgTable(
  'app_simulations',
  {
    id: text('id').primaryKey(),
    appId: text('app_id').notNull(),
    merchantAccountId: text('merchant_account_id').notNull(),
    redirectUri: text('redirect_uri').notNull(),
    ok: boolean('ok').notNull(),
    statusCode: integer('status_code'),
    location: text('location'),
    error: text('error'),
    durationMs: integer('duration_ms').notNull(),
    at: ts('at').notNull(),
  },
  (t) => [index('app_simulations_app_idx').on(t.appId, t.at)],
);

/**
 * The webhook outbox: one row per delivery of an event to an app, written in the transaction of
 * the change that caused it, claimed by dispatchers with FOR UPDATE SKIP LOCKED. `body` is the
 * exact JSON signed and sent on every attempt; a replay is a new row with the same event id.
 */
export const webhookDeliveries = pgTable(
  'webhook_deliveries',
  {
    id: text('id').primaryKey(),
    seq: bigint('seq', { mode: 'number' }).generatedAlwaysAsIdentity(),
    appId: text('app_id').notNull(),
    eventId: text('event_id').notNull(),
    event: text('event').notNull(),
    body: text('body').notNull(),
    status: text('status').notNull(),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: ts('next_attempt_at').notNull(),
    lastStatusCode: integer('last_status_code'),
    lastError: text('last_error'),
    replayOf: text('replay_of'),
    createdAt: ts('created_at').notNull(),
    deliveredAt: ts('delivered_at'),
  },
  (t) => [
    index('webhook_deliveries_due_idx').on(t.status, t.nextAttemptAt),
    index('webhook_deliveries_app_idx').on(t.appId, t.seq),
  ],
);

/** Every HTTP attempt of a delivery: the log a provider reads. */
export const webhookAttempts = pgTable(
  'webhook_attempts',
  {
    id: text('id').primaryKey(),
    deliveryId: text('delivery_id').notNull(),
    at: ts('at').notNull(),
    url: text('url').notNull(),
    statusCode: integer('status_code'),
    error: text('error'),
    durationMs: integer('duration_ms').notNull(),
  },
  (t) => [index('webhook_attempts_delivery_idx').on(t.deliveryId, t.at)],
);
