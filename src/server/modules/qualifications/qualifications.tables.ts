import { sql } from 'drizzle-orm';
import { pgTable, text, integer, jsonb, index, uniqueIndex } from 'drizzle-orm/pg-core';
import { ts } from '../../platform/columns.tables';

/**
 * A provider's application for one category (服务资质申请). At most one live application per
 * provider and category (a withdrawn or revoked one makes room for a new one); submissions are versions.
 */
export const qualificationApplications = pgTable(
  'qualification_applications',
  {
    id: text('id').primaryKey(),
    providerId: text('provider_id').notNull(),
    accountId: text('account_id').notNull(),
    companyName: text('company_name').notNull(),
    categoryId: text('category_id').notNull(),
    categoryGroup: text('category_group').notNull(),
    categoryName: text('category_name').notNull(),
    serviceType: text('service_type').notNull(),
    state: text('state').notNull(),
    draft: jsonb('draft').$type<Record<string, unknown>>().notNull(),
    currentVersion: integer('current_version').notNull().default(0),
    submittedAt: ts('submitted_at'),
    expectedFrom: text('expected_from'),
    expectedBy: text('expected_by'),
    decidedAt: ts('decided_at'),
    reason: text('reason'),
    createdAt: ts('created_at').notNull(),
    updatedAt: ts('updated_at').notNull(),
  },
  (t) => [
    uniqueIndex('qualification_live_idx')
      .on(t.providerId, t.categoryId)
      .where(sql`${t.state} not in ('withdrawn', 'revoked')`),
    index('qualification_state_idx').on(t.state, t.submittedAt),
    index('qualification_provider_idx').on(t.providerId),
  ],
);

/** Each submission, frozen with the category's requirements as they were then. */
export const qualificationVersions = pgTable(
  'qualification_versions',
  {
    id: text('id').primaryKey(),
    applicationId: text('application_id').notNull(),
    version: integer('version').notNull(),
    requirements: jsonb('requirements').$type<Record<string, unknown>>().notNull(),
    materials: jsonb('materials').$type<Record<string, unknown>>().notNull(),
    submittedAt: ts('submitted_at').notNull(),
    decision: text('decision'),
    reason: text('reason'),
    decidedBy: text('decided_by'),
    decidedAt: ts('decided_at'),
  },
  (t) => [uniqueIndex('qualification_versions_app_idx').on(t.applicationId, t.version)],
);
