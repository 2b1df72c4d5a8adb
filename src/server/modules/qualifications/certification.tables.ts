import { pgTable, text, integer, jsonb, index, uniqueIndex } from 'drizzle-orm/pg-core';
import { oneTimeCodeColumns } from '../../platform/one-time-codes.repo';
import { ts } from '../../platform/columns.tables';

/** A provider's authenticity certification (真实性认证): one per provider, submissions as versions. */
export const certifications = pgTable(
  'certifications',
  {
    id: text('id').primaryKey(),
    providerId: text('provider_id').notNull().unique(),
    accountId: text('account_id').notNull(),
    companyName: text('company_name').notNull(),
    state: text('state').notNull(),
    method: text('method').notNull(),
    currentVersion: integer('current_version').notNull().default(0),
    submittedAt: ts('submitted_at'),
    expectedBy: text('expected_by'),
    decidedAt: ts('decided_at'),
    reason: text('reason'),
    updatedAt: ts('updated_at').notNull(),
  },
  (t) => [index('certifications_state_idx').on(t.state, t.submittedAt)],
);

export const certificationVersions = pgTable(
  'certification_versions',
  {
    id: text('id').primaryKey(),
    certificationId: text('certification_id').notNull(),
    version: integer('version').notNull(),
    method: text('method').notNull(),
    /** Legal person: name, idNumber, mobile, verifiedAt. Agent: name, idNumber and three file ids. */
    data: jsonb('data').$type<Record<string, unknown>>().notNull(),
    submittedAt: ts('submitted_at').notNull(),
    decision: text('decision'),
    reason: text('reason'),
    decidedBy: text('decided_by'),
    decidedAt: ts('decided_at'),
  },
  (t) => [uniqueIndex('certification_versions_idx').on(t.certificationId, t.version)],
);

/** SMS codes the legal representative confirms; same rules as sign-in codes. */
export const certificationCodes = pgTable(
  'certification_codes',
  {
    id: text('id').primaryKey(),
    providerId: text('provider_id').notNull(),
    mobile: text('mobile').notNull(),
    /** codeHash: the code bound to the mobile and the identity it confirms. */
    ...oneTimeCodeColumns(),
  },
  (t) => [index('certification_codes_provider_idx').on(t.providerId, t.createdAt)],
);
