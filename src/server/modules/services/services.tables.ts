import { sql } from 'drizzle-orm';
import { pgTable, text, integer, boolean, jsonb, index, uniqueIndex } from 'drizzle-orm/pg-core';
import { ts } from '../../platform/columns.tables';

/**
 * A provider's service (服务). `review` follows the latest submission (draft → in_review →
 * approved | rejected); `listing` is what merchants may see (unlisted → pending_listing → listed
 * ⇄ delisted). The content merchants see is the version `live_version_id` points at; the one under
 * review is `pending_version_id`. `draft` is the provider's working copy.
 */
export const services = pgTable(
  'services',
  {
    id: text('id').primaryKey(),
    providerId: text('provider_id').notNull(),
    accountId: text('account_id').notNull(),
    companyName: text('company_name').notNull(),
    categoryId: text('category_id').notNull(),
    categoryGroup: text('category_group').notNull(),
    categoryName: text('category_name').notNull(),
    serviceType: text('service_type').notNull(),
    appId: text('app_id'),
    review: text('review').notNull(),
    listing: text('listing').notNull(),
    draft: jsonb('draft').$type<Record<string, unknown>>().notNull(),
    liveVersionId: text('live_version_id'),
    pendingVersionId: text('pending_version_id'),
    latestVersion: integer('latest_version').notNull().default(0),
    submittedAt: ts('submitted_at'),
    expectedBy: text('expected_by'),
    listedAt: ts('listed_at'),
    /** Operator penalties: hidden from the market, no new orders, purged, relisting blocked. */
    hidden: boolean('hidden').notNull().default(false),
    frozen: boolean('frozen').notNull().default(false),
    purged: boolean('purged').notNull().default(false),
    listingBlocked: boolean('listing_blocked').notNull().default(false),
    penalties: jsonb('penalties')
      .$type<
        Array<{ kind: string; reason: string; at: string; liftedAt?: string; liftReason?: string }>
      >()
      .notNull()
      .default([]),
    createdAt: ts('created_at').notNull(),
    updatedAt: ts('updated_at').notNull(),
  },
  (t) => [
    index('services_provider_idx').on(t.providerId, t.createdAt),
    index('services_review_idx').on(t.review, t.submittedAt),
    index('services_listing_idx').on(t.listing),
    uniqueIndex('services_app_idx')
      .on(t.appId)
      .where(sql`${t.appId} is not null and ${t.purged} = false and ${t.serviceType} = 'tool'`),
  ],
);

/**
 * Every submission, frozen: the content with its packages, the pre-check results and, once
 * decided, the decision. A trigger (drizzle/0010) refuses changes to anything but the decision
 * columns, and deletes.
 */
export const serviceVersions = pgTable(
  'service_versions',
  {
    id: text('id').primaryKey(),
    serviceId: text('service_id').notNull(),
    version: integer('version').notNull(),
    content: jsonb('content').$type<Record<string, unknown>>().notNull(),
    prechecks: jsonb('prechecks').$type<Array<Record<string, unknown>>>().notNull(),
    submittedBy: text('submitted_by').notNull(),
    submittedAt: ts('submitted_at').notNull(),
    expectedBy: text('expected_by'),
    decision: text('decision'),
    reason: text('reason'),
    decidedBy: text('decided_by'),
    decidedAt: ts('decided_at'),
  },
  (t) => [uniqueIndex('service_versions_idx').on(t.serviceId, t.version)],
);

/** Images uploaded for services, with what the policy's checks need (read from the bytes). */
export const serviceImages = pgTable('service_images', {
  fileId: text('file_id').primaryKey(),
  providerId: text('provider_id').notNull(),
  format: text('format').notNull(),
  width: integer('width').notNull(),
  height: integer('height').notNull(),
  size: integer('size').notNull(),
  createdAt: ts('created_at').notNull(),
});
