import {
  pgTable,
  text,
  integer,
  jsonb,
  boolean,
  primaryKey,
  index,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import { ts } from '../../platform/columns.tables';

export const agreementAcceptances = pgTable(
  'agreement_acceptances',
  {
    accountId: text('account_id').notNull(),
    code: text('code').notNull(),
    version: text('version').notNull(),
    acceptedAt: ts('accepted_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.accountId, t.code, t.version] })],
);

/** One onboarding application per account; its submissions are immutable versions. */
export const onboardingApplications = pgTable(
  'onboarding_applications',
  {
    id: text('id').primaryKey(),
    accountId: text('account_id').notNull().unique(),
    state: text('state').notNull(),
    entityType: text('entity_type'),
    eligibleAt: ts('eligible_at'),
    draft: jsonb('draft').$type<Record<string, unknown>>().notNull(),
    currentVersion: integer('current_version').notNull().default(0),
    companyName: text('company_name'),
    submittedAt: ts('submitted_at'),
    expectedFrom: text('expected_from'),
    expectedBy: text('expected_by'),
    decidedAt: ts('decided_at'),
    updatedAt: ts('updated_at').notNull(),
  },
  (t) => [index('onboarding_state_idx').on(t.state, t.submittedAt)],
);

export const onboardingVersions = pgTable(
  'onboarding_versions',
  {
    id: text('id').primaryKey(),
    applicationId: text('application_id').notNull(),
    version: integer('version').notNull(),
    data: jsonb('data').$type<Record<string, unknown>>().notNull(),
    submittedAt: ts('submitted_at').notNull(),
    decision: text('decision'),
    reason: text('reason'),
    fieldReasons: jsonb('field_reasons').$type<Record<string, string>>().notNull().default({}),
    decidedBy: text('decided_by'),
    decidedAt: ts('decided_at'),
  },
  (t) => [uniqueIndex('onboarding_versions_app_version_idx').on(t.applicationId, t.version)],
);

/** An onboarded provider (服务商): created when the application is approved. */
export const providers = pgTable('providers', {
  id: text('id').primaryKey(),
  accountId: text('account_id').notNull().unique(),
  applicationId: text('application_id').notNull(),
  companyName: text('company_name').notNull(),
  creditCode: text('credit_code').notNull().unique(),
  enterpriseDeveloper: boolean('enterprise_developer').notNull().default(false),
  /** Operator penalties on the provider (SPEC §7): no new services or versions; expelled (final). */
  publishingFrozen: boolean('publishing_frozen').notNull().default(false),
  expelled: boolean('expelled').notNull().default(false),
  /** Every provider-level penalty and lift, oldest first, as the provider and operators see it. */
  penalties: jsonb('penalties').$type<ProviderPenaltyRecord[]>().notNull().default([]),
  createdAt: ts('created_at').notNull(),
});

export type ProviderPenaltyRecord = {
  kind: string;
  reason: string;
  at: string;
  categoryId?: string;
  categoryName?: string;
  liftedAt?: string;
  liftReason?: string;
};
