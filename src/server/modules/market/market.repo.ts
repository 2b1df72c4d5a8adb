import { rowsOf, sql, type Executor } from '../../platform/db';
import { contentOf } from './market-content';
import { MARKET_CHANNEL, noteOwnBump } from './market-version';
import { priceFigures, searchTokens, searchText } from './market.rules';

/**
 * A text[] parameter (a Postgres array literal; JSON string quoting is valid there): one bound
 * value however many elements, so `col = any(…)` keeps one statement shape and its index.
 */
export const arrayParam = (a: string[]) =>
  sql`${`{${a.map((t) => JSON.stringify(t)).join(',')}}`}::text[]`;

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
  return rowsOf<SourceRow>(
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
  const [r] = await rowsOf<{ version: string | number }>(
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
  const created = await rowsOf(
    ex,
    sql`insert into market_state (id, version) values (1, 1) on conflict (id) do nothing returning id`,
  );
  if (created.length === 0) return 0;
  // The per-row token-count triggers (migration 0020) would update each shared token's row once
  // per listing, in this one transaction: every update leaves a row version that the next has to
  // step over, so a large backfill grows with the square of its size. Off for the fill (the
  // ALTER is part of this transaction: no other transaction sees them off), then counted once.
  await ex.execute(sql`alter table market_listings disable trigger user`);
  let n = 0;
  for (const s of await sources(ex, null))
    if (visible(s)) {
      await upsert(ex, s);
      n++;
    }
  await ex.execute(sql`delete from market_token_counts`);
  await ex.execute(sql`insert into market_token_counts (token, listings)
    select t, count(*)::int from market_listings, unnest(search_tokens) t group by t`);
  await ex.execute(sql`alter table market_listings enable trigger user`);
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
