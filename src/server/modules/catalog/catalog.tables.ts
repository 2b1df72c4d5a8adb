import {
  pgTable,
  text,
  integer,
  boolean,
  numeric,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';

/** The category catalog of both platforms, seeded from the published tables. */
export const categories = pgTable(
  'categories',
  {
    id: text('id').primaryKey(),
    platform: text('platform').notNull(),
    group: text('group_name').notNull(),
    name: text('name').notNull(),
    type: text('type').notNull(),
    depositFen: integer('deposit_fen').notNull(),
    minRegisteredCapitalWan: numeric('min_registered_capital_wan'),
    minYearsRegistered: integer('min_years_registered'),
    minStaff: integer('min_staff'),
    minCaseStudies: integer('min_case_studies'),
    requiresMrdPrd: boolean('requires_mrd_prd').notNull().default(false),
    requiresCustomerService5x8: boolean('requires_customer_service_5x8').notNull().default(false),
    note: text('note'),
    retired: boolean('retired').notNull().default(false),
    /** Proofs beyond the thresholds: 'incubation' (陪跑运营), 'outreach' (线索地推) or none. */
    proofKind: text('proof_kind'),
    /** Set by an operator's edit; null for a row as seeded. */
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }),
  },
  (t) => [uniqueIndex('categories_platform_name_idx').on(t.platform, t.group, t.name)],
);
