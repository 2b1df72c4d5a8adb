import { sql, type Executor, type SQL } from '../../platform/db';
import { contentOf } from './market-content';
import { MARKET_CHANNEL, noteOwnBump } from './market-version';
import {
  priceFigures,
  searchTokens,
  searchText,
  type Cursor,
  type MarketSort,
} from './market.rules';

/**
 * A text[] parameter (a Postgres array literal; JSON string quoting is valid there): one bound
 * value however many elements, so `col = any(…)` keeps one statement shape and its index.
 */
const arrayParam = (a: string[]) =>
  sql`${`{${a.map((t) => JSON.stringify(t)).join(',')}}`}::text[]`;

async function rows<T>(ex: Executor, q: SQL): Promise<T[]> {
  return ((await ex.execute(q)) as unknown as { rows: T[] }).rows;
}

/** The row a listing is built from: the service and its LIVE version's content. */
type SourceRow = {
  id: string;
  provider_id: string;
  company_name: string;
  category_id: string;
  category_name: string;
  category_group: string;
  service_type: string;
  listing: string;
  hidden: boolean;
  purged: boolean;
  frozen: boolean;
  listed_at: string | Date | null;
  content: unknown;
};

/**
 * The read model is a projection of the services tables: it reads them here, by SQL, and nowhere
 * else (ADR 0006). `ids` null = every listed service (the start-up backfill).
 */
async function sources(ex: Executor, ids: string[] | null) {
  return rows<SourceRow>(
    ex,
    sql`select s.id, s.provider_id, s.company_name, s.category_id, s.category_name,
               s.category_group, s.service_type, s.listing, s.hidden, s.purged, s.frozen,
               s.listed_at, v.content
          from services s left join service_versions v on v.id = s.live_version_id
         where ${ids ? sql`s.id = any(${arrayParam(ids)})` : sql`s.listing = 'listed'`}`,
  );
}

const visible = (s: SourceRow) =>
  s.listing === 'listed' && !s.hidden && !s.purged && s.content != null && s.listed_at != null;

async function upsert(ex: Executor, s: SourceRow) {
  const c = contentOf(s.content);
  const { minPriceFen, hasTrial } = priceFigures(c.packages);
  const doc = { name: c.name, tags: c.tags, shortDescription: c.shortDescription };
  const listedAt = new Date(s.listed_at!);
  const tags = arrayParam(c.tags);
  const tokens = arrayParam(
    searchTokens(`${doc.name} ${doc.tags.join(' ')} ${doc.shortDescription}`),
  );
  await ex.execute(sql`
    insert into market_listings (service_id, provider_id, provider_name, category_id, category_name,
      category_group, service_type, name, short_description, tags, main_image_file_id,
      min_price_fen, has_trial, frozen, listed_at, search_text, search_tokens,
      sales_count, rating_sum, rating_count)
    select ${s.id}, ${s.provider_id}, ${s.company_name}, ${s.category_id}, ${s.category_name},
      ${s.category_group}, ${s.service_type}, ${c.name}, ${c.shortDescription}, ${tags},
      ${c.mainImageFileId}, ${minPriceFen}, ${hasTrial}, ${s.frozen}, ${listedAt.toISOString()},
      ${searchText(doc)}, ${tokens},
      -- a relisted service gets back the sales and ratings it had before it left the market
      coalesce(st.sales_count, 0), coalesce(st.rating_sum, 0), coalesce(st.rating_count, 0)
    from (select 1) one left join market_listing_stats st on st.service_id = ${s.id}
    on conflict (service_id) do update set
      provider_id = excluded.provider_id, provider_name = excluded.provider_name,
      category_id = excluded.category_id, category_name = excluded.category_name,
      category_group = excluded.category_group, service_type = excluded.service_type,
      name = excluded.name, short_description = excluded.short_description, tags = excluded.tags,
      main_image_file_id = excluded.main_image_file_id, min_price_fen = excluded.min_price_fen,
      has_trial = excluded.has_trial, frozen = excluded.frozen, listed_at = excluded.listed_at,
      search_text = excluded.search_text, search_tokens = excluded.search_tokens`);
}

/** Bumps the browse caches' version: in the caller's transaction, so it commits with the change. */
export async function bumpVersion(ex: Executor) {
  noteOwnBump();
  // NOTIFY is queued with the transaction and sent only if it commits.
  await ex.execute(sql`with v as (update market_state set version = version + 1 where id = 1
                                  returning version)
                       select pg_notify(${MARKET_CHANNEL}, version::text) from v`);
}

export async function readVersion(ex: Executor): Promise<number | null> {
  const [r] = await rows<{ version: string | number }>(
    ex,
    sql`select version from market_state where id = 1`,
  );
  return r ? Number(r.version) : null;
}

/** Rebuilds the listing rows of the given services (removing those no longer visible). */
export async function refreshListings(ex: Executor, ids: string[]) {
  if (ids.length === 0) return;
  // The version row first: every listing change locks it before the token counts' rows (the
  // triggers of migration 0020), so a transaction refreshing several services and one refreshing
  // another cannot each hold what the other waits for.
  await bumpVersion(ex);
  const found = await sources(ex, ids);
  for (const s of found) if (visible(s)) await upsert(ex, s);
  const gone = ids.filter((id) => !found.some((s) => s.id === id && visible(s)));
  if (gone.length)
    await ex.execute(sql`delete from market_listings where service_id = any(${arrayParam(gone)})`);
}

/**
 * Creates the state row and, only when it did not exist yet, fills the listings from every listed
 * service. Safe to run on every start and from two instances at once (the insert decides).
 */
export async function ensureBackfilled(ex: Executor): Promise<number> {
  const created = await rows(
    ex,
    sql`insert into market_state (id, version) values (1, 1) on conflict (id) do nothing returning id`,
  );
  if (created.length === 0) return 0;
  let n = 0;
  for (const s of await sources(ex, null))
    if (visible(s)) {
      await upsert(ex, s);
      n++;
    }
  return n;
}

export async function adjustStats(
  ex: Executor,
  serviceId: string,
  d: { sales?: number; ratingSum?: number; ratingCount?: number },
) {
  const sales = d.sales ?? 0;
  const sum = d.ratingSum ?? 0;
  const count = d.ratingCount ?? 0;
  // The kept figures first (they exist whether or not the service is listed right now) …
  await ex.execute(sql`insert into market_listing_stats (service_id, sales_count, rating_sum, rating_count)
    values (${serviceId}, ${sales}, ${sum}, ${count})
    on conflict (service_id) do update set
      sales_count = market_listing_stats.sales_count + excluded.sales_count,
      rating_sum = market_listing_stats.rating_sum + excluded.rating_sum,
      rating_count = market_listing_stats.rating_count + excluded.rating_count`);
  // … then the listing's copy, when it has one.
  await ex.execute(sql`update market_listings set
      sales_count = sales_count + ${sales},
      rating_sum = rating_sum + ${sum},
      rating_count = rating_count + ${count}
    where service_id = ${serviceId}`);
}

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

/** One page in keyset order: rows after `cursor`, `limit + 1` of them (the extra says "more"). */
export async function searchPage(
  ex: Executor,
  f: SearchFilter,
  sort: MarketSort,
  cursor: Cursor | null,
  limit: number,
) {
  const key = SORT_KEY[sort];
  const after = cursor
    ? sql` and (${key}, service_id) < (${cursorValue(sort, cursor.k)}, ${cursor.id})`
    : sql``;
  return rows<ListingRow>(
    ex,
    sql`select ${COLUMNS}, ${SORT_KEY_NUMBER[sort]} as k from market_listings
         where ${where(f)}${after}
         order by ${key} desc nulls last, service_id desc nulls last limit ${limit + 1}`,
  );
}

/** How many match, counted up to `cap` (so a broad query costs at most `cap` index entries). */
export async function countUpTo(ex: Executor, f: SearchFilter, cap: number) {
  const [r] = await rows<{ n: string | number }>(
    ex,
    sql`select count(*) as n from (select 1 from market_listings where ${where(f)} limit ${cap + 1}) x`,
  );
  return Number(r!.n);
}

/**
 * How many listings hold `token` (kept by triggers, migration 0020): a one-token search with no
 * filter is counted without visiting its matches.
 */
export async function tokenCount(ex: Executor, token: string) {
  const [r] = await rows<{ n: number }>(
    ex,
    sql`select coalesce((select listings from market_token_counts where token = ${token}), 0) as n`,
  );
  return Number(r!.n);
}

export async function categoryCounts(ex: Executor) {
  return rows<{
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
  return rows<ListingRow>(
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
