import { sql } from 'drizzle-orm';
import { pgTable, text, integer, bigint, boolean, index } from 'drizzle-orm/pg-core';
import { ts } from '../../platform/columns.tables';

/**
 * The marketplace's read model (ADR 0006): one row per service merchants may see, built from the
 * service's LIVE version in the same transaction as every change to it (the services module's
 * `liveChanged` port). Hidden, purged and delisted services have no row; a frozen one stays,
 * marked, because it may still be browsed but takes no new orders.
 */
export const marketListings = pgTable(
  'market_listings',
  {
    serviceId: text('service_id').primaryKey(),
    providerId: text('provider_id').notNull(),
    providerName: text('provider_name').notNull(),
    categoryId: text('category_id').notNull(),
    categoryName: text('category_name').notNull(),
    categoryGroup: text('category_group').notNull(),
    serviceType: text('service_type').notNull(),
    name: text('name').notNull(),
    shortDescription: text('short_description').notNull(),
    tags: text('tags').array().notNull(),
    mainImageFileId: text('main_image_file_id'),
    /** Lowest spec price of the live version, in fen (0 when it has no priced spec). */
    minPriceFen: bigint('min_price_fen', { mode: 'number' }).notNull(),
    hasTrial: boolean('has_trial').notNull(),
    frozen: boolean('frozen').notNull(),
    listedAt: ts('listed_at').notNull(),
    salesCount: integer('sales_count').notNull().default(0),
    ratingSum: integer('rating_sum').notNull().default(0),
    ratingCount: integer('rating_count').notNull().default(0),
    /** Lower-cased name + tags + short description, for the substring recheck of a search. */
    searchText: text('search_text').notNull(),
    /** CJK uni- and bigrams and Latin words with their prefixes (rules.searchTokens). */
    searchTokens: text('search_tokens').array().notNull(),
  },
  (t) => [
    index('market_listings_tokens_idx').using('gin', t.searchTokens),
    index('market_listings_newest_idx').on(t.listedAt.desc(), t.serviceId.desc()),
    index('market_listings_sales_idx').on(t.salesCount.desc(), t.serviceId.desc()),
    index('market_listings_rating_idx').on(
      sql`(${t.ratingSum}::float8 / greatest(${t.ratingCount}, 1)) desc nulls last`,
      t.serviceId.desc(),
    ),
    index('market_listings_category_newest_idx').on(
      t.categoryId,
      t.listedAt.desc(),
      t.serviceId.desc(),
    ),
    index('market_listings_category_sales_idx').on(
      t.categoryId,
      t.salesCount.desc(),
      t.serviceId.desc(),
    ),
    index('market_listings_category_rating_idx').on(
      t.categoryId,
      sql`(${t.ratingSum}::float8 / greatest(${t.ratingCount}, 1)) desc nulls last`,
      t.serviceId.desc(),
    ),
    index('market_listings_group_idx').on(t.categoryGroup, t.categoryId),
    // the home's best sellers per group, read a few rows per group
    index('market_listings_group_sales_idx').on(
      t.categoryGroup,
      t.salesCount.desc(),
      t.listedAt.desc(),
      t.serviceId.desc(),
    ),
  ],
);

/**
 * One row (id = 1): a counter bumped in the same transaction as any change to `market_listings`.
 * Every app instance keys its browse cache on it, so a change made through instance A is seen by
 * instance B's next request.
 */
export const marketState = pgTable('market_state', {
  id: integer('id').primaryKey(),
  version: bigint('version', { mode: 'number' }).notNull(),
});

/**
 * A service's sales and rating figures, kept apart from its listing so that they survive the
 * listing row being removed (delisted, hidden) and rebuilt (relisted). Every change goes to both
 * this row and the listing's copy of the figures, in the same transaction.
 */
export const marketListingStats = pgTable('market_listing_stats', {
  serviceId: text('service_id').primaryKey(),
  salesCount: integer('sales_count').notNull().default(0),
  ratingSum: integer('rating_sum').notNull().default(0),
  ratingCount: integer('rating_count').notNull().default(0),
});

/**
 * How many listings hold each search token (a posting list's length), kept by triggers on
 * `market_listings` in the same transaction as every change to a listing's tokens (migration
 * 0020). A one-token search with no filter is counted here instead of by visiting its matches.
 */
export const marketTokenCounts = pgTable('market_token_counts', {
  token: text('token').primaryKey(),
  listings: integer('listings').notNull(),
});
