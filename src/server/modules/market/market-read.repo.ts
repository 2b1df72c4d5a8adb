import { rowsOf, sql, type Executor, type SQL } from '../../platform/db';
import { arrayParam } from './market.repo';
import type { Cursor, MarketSort } from './market.rules';

/**
 * The read side of the market's read model: one page of a search or category listing, its
 * capped count, the home's category counts and best sellers. (The projection that writes the
 * listings is `market.repo.ts`.)
 */

export type ListingRow = {
  service_id: string;
  provider_name: string;
  category_id: string;
  category_name: string;
  category_group: string;
  service_type: string;
  name: string;
  short_description: string;
  tags: string[];
  main_image_file_id: string | null;
  min_price_fen: string | number;
  has_trial: boolean;
  frozen: boolean;
  listed_at: string | Date;
  sales_count: number;
  rating_sum: number;
  rating_count: number;
  k: string | number;
};

const COLUMNS = sql.raw(`service_id, provider_name, category_id, category_name, category_group,
  service_type, name, short_description, tags, main_image_file_id, min_price_fen, has_trial,
  frozen, listed_at, sales_count, rating_sum, rating_count`);

/**
 * The sort key of each sort, written exactly as its index is, and ordered as the indexes are
 * (`desc nulls last`: a plain `desc` means nulls first, and no index would serve it).
 */
const SORT_KEY: Record<MarketSort, SQL> = {
  newest: sql.raw(`listed_at`),
  sales: sql.raw(`sales_count`),
  rating: sql.raw(`("rating_sum"::float8 / greatest("rating_count", 1))`),
};
/** The key as a number for the cursor (listed_at: epoch milliseconds). */
const SORT_KEY_NUMBER: Record<MarketSort, SQL> = {
  newest: sql.raw(`(extract(epoch from listed_at) * 1000)::float8`),
  sales: sql.raw(`sales_count::float8`),
  rating: sql.raw(`("rating_sum"::float8 / greatest("rating_count", 1))`),
};
const cursorValue = (sort: MarketSort, k: number) =>
  sort === 'newest'
    ? sql`(timestamptz 'epoch' + ${k}::float8 * interval '1 millisecond')`
    : sort === 'sales'
      ? sql`${Math.trunc(k)}::int`
      : sql`${k}::float8`;

export type SearchFilter = {
  tokens: string[];
  patterns: string[];
  category?: string;
  type?: string;
  minPriceFen?: number;
  maxPriceFen?: number;
};

function where(f: SearchFilter): SQL {
  const parts: SQL[] = [];
  if (f.tokens.length) parts.push(sql`search_tokens @> ${arrayParam(f.tokens)}`);
  if (f.patterns.length) parts.push(sql`search_text like all (${arrayParam(f.patterns)})`);
  if (f.category) parts.push(sql`category_id = ${f.category}`);
  if (f.type) parts.push(sql`service_type = ${f.type}`);
  if (f.minPriceFen != null) parts.push(sql`min_price_fen >= ${f.minPriceFen}`);
  if (f.maxPriceFen != null) parts.push(sql`min_price_fen <= ${f.maxPriceFen}`);
  return parts.length ? sql.join(parts, sql` and `) : sql`true`;
}

/**
 * One page in keyset order: rows after `cursor`, `limit + 1` of them (the extra says "more"). With
 * `keptToken`, each row also carries how many listings hold that token (kept by the triggers of
 * migration 0020), so a one-token search gets its total without a second query.
 */
export async function searchPage(
  ex: Executor,
  f: SearchFilter,
  sort: MarketSort,
  cursor: Cursor | null,
  limit: number,
  keptToken?: string,
) {
  const key = SORT_KEY[sort];
  const after = cursor
    ? sql` and (${key}, service_id) < (${cursorValue(sort, cursor.k)}, ${cursor.id})`
    : sql``;
  const kept = keptToken
    ? sql`, (select listings from market_token_counts where token = ${keptToken}) as kept_total`
    : sql``;
  return rowsOf<ListingRow & { kept_total?: number | null }>(
    ex,
    sql`select ${COLUMNS}, ${SORT_KEY_NUMBER[sort]} as k${kept} from market_listings
         where ${where(f)}${after}
         order by ${key} desc nulls last, service_id desc nulls last limit ${limit + 1}`,
  );
}

/** How many match, counted up to `cap` (so a broad query costs at most `cap` index entries). */
export async function countUpTo(ex: Executor, f: SearchFilter, cap: number) {
  const [r] = await rowsOf<{ n: string | number }>(
    ex,
    sql`select count(*) as n from (select 1 from market_listings where ${where(f)} limit ${cap + 1}) x`,
  );
  return Number(r!.n);
}

export async function categoryCounts(ex: Executor) {
  return rowsOf<{
    category_group: string;
    category_id: string;
    category_name: string;
    service_type: string;
    n: string | number;
  }>(
    ex,
    // Counted on the (group, category) index alone; the names come from one row per category.
    sql`select c.category_group, c.category_id, l.category_name, l.service_type, c.n
          from (select category_group, category_id, count(*) as n from market_listings
                 group by 1, 2) c
          cross join lateral (select category_name, service_type from market_listings
                               where category_id = c.category_id limit 1) l
         order by 1, 3`,
  );
}

/**
 * The `perGroup` best-selling services of each category group: a few rows of the group's sales
 * index per group (not a window over every listing).
 */
export async function topPerGroup(ex: Executor, groups: string[], perGroup: number) {
  return rowsOf<ListingRow>(
    ex,
    sql`select t.*, 0 as k
          from unnest(${arrayParam(groups)}) g(category_group)
          cross join lateral (
            select ${COLUMNS} from market_listings l where l.category_group = g.category_group
             order by sales_count desc nulls last, listed_at desc nulls last,
                      service_id desc nulls last
             limit ${perGroup}) t
         order by t.category_group, t.sales_count desc, t.listed_at desc, t.service_id desc`,
  );
}
