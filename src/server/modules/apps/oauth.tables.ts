import { sql } from 'drizzle-orm';
import { pgTable, text, jsonb, index, uniqueIndex } from 'drizzle-orm/pg-core';
import { ts } from '../../platform/columns.tables';

/** A merchant's authorization of an app ("我的授权"); at most one live grant per pair. */
export const oauthGrants = pgTable(
  'oauth_grants',
  {
    id: text('id').primaryKey(),
    appId: text('app_id').notNull(),
    accountId: text('account_id').notNull(),
    scopes: jsonb('scopes').$type<string[]>().notNull(),
    createdAt: ts('created_at').notNull(),
    updatedAt: ts('updated_at').notNull(),
    revokedAt: ts('revoked_at'),
  },
  (t) => [
    uniqueIndex('oauth_grants_live_idx')
      .on(t.appId, t.accountId)
      .where(sql`revoked_at is null`),
    index('oauth_grants_account_idx').on(t.accountId),
  ],
);

/** Authorization codes: only the hash; single use (`used_at`), short-lived. */
export const oauthCodes = pgTable('oauth_codes', {
  id: text('id').primaryKey(),
  codeHash: text('code_hash').notNull().unique(),
  grantId: text('grant_id').notNull(),
  appId: text('app_id').notNull(),
  accountId: text('account_id').notNull(),
  redirectUri: text('redirect_uri').notNull(),
  scopes: jsonb('scopes').$type<string[]>().notNull(),
  codeChallenge: text('code_challenge').notNull(),
  createdAt: ts('created_at').notNull(),
  expiresAt: ts('expires_at').notNull(),
  usedAt: ts('used_at'),
});

/**
 * Every token issued from one code: the first pair and each rotation. Revoking the family (code
 * replay, refresh-token reuse, revocation of a refresh token) kills all of them at once.
 */
export const oauthTokenFamilies = pgTable(
  'oauth_token_families',
  {
    id: text('id').primaryKey(),
    grantId: text('grant_id').notNull(),
    appId: text('app_id').notNull(),
    accountId: text('account_id').notNull(),
    codeId: text('code_id').notNull(),
    scopes: jsonb('scopes').$type<string[]>().notNull(),
    createdAt: ts('created_at').notNull(),
    revokedAt: ts('revoked_at'),
    revokedReason: text('revoked_reason'),
  },
  (t) => [
    index('oauth_families_grant_idx').on(t.grantId),
    index('oauth_families_code_idx').on(t.codeId),
  ],
);

/** Access and refresh tokens: only the hash. A refresh token is spent once (`rotated_at`). */
export const oauthTokens = pgTable(
  'oauth_tokens',
  {
    id: text('id').primaryKey(),
    tokenHash: text('token_hash').notNull().unique(),
    kind: text('kind').notNull(),
    familyId: text('family_id').notNull(),
    appId: text('app_id').notNull(),
    accountId: text('account_id').notNull(),
    scopes: jsonb('scopes').$type<string[]>().notNull(),
    createdAt: ts('created_at').notNull(),
    expiresAt: ts('expires_at').notNull(),
    rotatedAt: ts('rotated_at'),
    revokedAt: ts('revoked_at'),
  },
  (t) => [index('oauth_tokens_family_idx').on(t.familyId)],
);
