import { pgTable, text, boolean, integer, jsonb, index, uniqueIndex } from 'drizzle-orm/pg-core';
import { oneTimeCodeColumns } from '../../platform/one-time-codes.repo';
import { ts } from '../../platform/columns.tables';

/** A platform account (providers and merchants sign in with its mobile number). */
export const accounts = pgTable('accounts', {
  id: text('id').primaryKey(),
  mobile: text('mobile').notNull().unique(),
  isMediaOrGov: boolean('is_media_or_gov').notNull().default(false),
  openViolation: boolean('open_violation').notNull().default(false),
  createdAt: ts('created_at').notNull(),
  lastSignInAt: ts('last_sign_in_at'),
});

export const operators = pgTable('operators', {
  id: text('id').primaryKey(),
  username: text('username').notNull().unique(),
  passwordHash: text('password_hash').notNull(),
  totpSecret: text('totp_secret').notNull(),
  roles: jsonb('roles').$type<string[]>().notNull(),
  failedAttempts: integer('failed_attempts').notNull().default(0),
  lockedUntil: ts('locked_until'),
  createdAt: ts('created_at').notNull(),
});

/** Server-side sessions; the cookie holds a random token, the table only its hash. */
export const sessions = pgTable(
  'sessions',
  {
    idHash: text('id_hash').primaryKey(),
    actorKind: text('actor_kind').notNull(),
    actorId: text('actor_id').notNull(),
    createdAt: ts('created_at').notNull(),
    expiresAt: ts('expires_at').notNull(),
  },
  (t) => [index('sessions_actor_idx').on(t.actorKind, t.actorId)],
);

export const smsCodes = pgTable(
  'sms_codes',
  {
    id: text('id').primaryKey(),
    mobile: text('mobile').notNull(),
    ...oneTimeCodeColumns(),
  },
  (t) => [index('sms_codes_mobile_idx').on(t.mobile, t.createdAt)],
);

export const qrLogins = pgTable(
  'qr_logins',
  {
    id: text('id').primaryKey(),
    browserHash: text('browser_hash').notNull(),
    role: text('role').notNull(),
    status: text('status').notNull(),
    accountId: text('account_id'),
    createdAt: ts('created_at').notNull(),
    expiresAt: ts('expires_at').notNull(),
  },
  (t) => [uniqueIndex('qr_logins_browser_idx').on(t.browserHash)],
);
