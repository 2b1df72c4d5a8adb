import type { AppContext } from '../../platform/context';
import type { Executor } from '../../platform/db';
import { AppError } from '../../platform/errors';
import type {
  MarketHomeReply,
  MarketListing,
  MarketSearchQuery,
  MarketSearchReply,
} from '../../../contracts/market';
import type { ServiceType } from '../../../contracts/catalog';
import * as read from './market-read.repo';
import * as repo from './market.repo';
import {
  decodeCursor,
  encodeCursor,
  queryTokens,
  substringPatterns,
  type Cursor,
} from './market.rules';

/**
 * Where a count stops. A search says "more than 100": that is as useful to a merchant as 23 344,
 * and counting further costs more than the page itself (a word in a quarter of the listings:
 * ~400 rows examined for 100, ~4 000 for 1 000, and the same at 10× the data). A category listing
 * is cached and counted on its index, so it counts far enough to agree with the home's figures.
 */
export const SEARCH_TOTAL_CAP = 100;
export const BROWSE_TOTAL_CAP = 10_000;
const TOP_PER_GROUP = 4;

const imageUrl = (serviceId: string, fileId: string) =>
  `/api/market/services/${serviceId}/images/${fileId}`;

function toListing(r: read.ListingRow): MarketListing {
  return {
    id: r.service_id,
    name: r.name,
    shortDescription: r.short_description,
    tags: r.tags,
    providerName: r.provider_name,
    categoryId: r.category_id,
    categoryName: r.category_name,
    categoryGroup: r.category_group,
    serviceType: r.service_type as ServiceType,
    mainImageUrl: r.main_image_file_id ? imageUrl(r.service_id, r.main_image_file_id) : null,
    minPriceFen: Number(r.min_price_fen),
    hasTrial: r.has_trial,
    orderable: !r.frozen,
    listedAt: new Date(r.listed_at).toISOString(),
    salesCount: r.sales_count,
    ratingCount: r.rating_count,
    rating: r.rating_count > 0 ? Math.round((r.rating_sum / r.rating_count) * 10) / 10 : null,
  };
}

/** Control characters never reach SQL text; the rest is escaped by the rules. */
const clean = (q: string | undefined) => (q ?? '').replace(/\p{Cc}/gu, ' ').trim();

/**
 * The one token of a search that has nothing else (one Latin word, one or two CJK characters): its
 * total is the token's kept count, exact and the same cost at any size, read with the first page.
 * Any other search counts its matches, stopping after the cap.
 */
const onlyToken = (f: read.SearchFilter) =>
  f.tokens.length === 1 &&
  f.patterns.length === 0 &&
  !f.category &&
  !f.type &&
  f.minPriceFen == null &&
  f.maxPriceFen == null
    ? f.tokens[0]!
    : undefined;

/** Search (with `q`) or category listing (without): keyset pages, a capped total. */
export async function searchListings(
  ctx: AppContext,
  q: MarketSearchQuery,
): Promise<MarketSearchReply> {
  if (q.minPriceFen != null && q.maxPriceFen != null && q.minPriceFen > q.maxPriceFen)
    throw new AppError('MARKET.PRICE_RANGE', 400, {
      fields: { minPriceFen: 'MARKET.PRICE_RANGE' },
    });
  let cursor: Cursor | null = null;
  if (q.cursor) {
    cursor = decodeCursor(q.cursor);
    if (!cursor)
      throw new AppError('MARKET.BAD_CURSOR', 400, { fields: { cursor: 'MARKET.BAD_CURSOR' } });
  }
  const text = clean(q.q);
  const filter: read.SearchFilter = {
    tokens: queryTokens(text),
    patterns: substringPatterns(text),
    category: q.category,
    type: q.type,
    minPriceFen: q.minPriceFen,
    maxPriceFen: q.maxPriceFen,
  };
  const cap = filter.tokens.length || filter.patterns.length ? SEARCH_TOTAL_CAP : BROWSE_TOTAL_CAP;
  const kept = cursor ? undefined : onlyToken(filter);
  const page = await read.searchPage(ctx.db, filter, q.sort, cursor, q.limit, kept);
  const more = page.length > q.limit;
  // The total is the same on every page: only the first page counts. A first page that holds every
  // match is its own count, and a lone token's count came with the page: one query, not two.
  const total = cursor
    ? -1
    : !more
      ? page.length
      : kept
        ? Number(page[0]!.kept_total ?? 0)
        : await read.countUpTo(ctx.db, filter, cap);
  const items = more ? page.slice(0, q.limit) : page;
  const last = items.at(-1);
  return {
    items: items.map(toListing),
    nextCursor: more && last ? encodeCursor({ k: Number(last.k), id: last.service_id }) : null,
    total: Math.min(total, cap),
    totalCapped: total > cap,
  };
}

/** The market home: every category group with its categories' counts and its best sellers. */
export async function marketHome(ctx: AppContext): Promise<MarketHomeReply> {
  const counts = await read.categoryCounts(ctx.db);
  const top = await read.topPerGroup(
    ctx.db,
    [...new Set(counts.map((c) => c.category_group))],
    TOP_PER_GROUP,
  );
  const groups = new Map<string, MarketHomeReply['groups'][number]>();
  for (const c of counts) {
    const g = groups.get(c.category_group) ?? {
      group: c.category_group,
      count: 0,
      categories: [],
      top: [],
    };
    g.categories.push({
      id: c.category_id,
      name: c.category_name,
      type: c.service_type as ServiceType,
      count: Number(c.n),
    });
    g.count += Number(c.n);
    groups.set(c.category_group, g);
  }
  for (const r of top) groups.get(r.category_group)?.top.push(toListing(r));
  return { groups: [...groups.values()] };
}

/** The services module's port: rebuild one service's listing in the transaction that changed it. */
export async function syncListing(ex: Executor, serviceId: string) {
  await repo.refreshListings(ex, [serviceId]);
}

/** For the buy side: sales and ratings move the listing's figures (no cache bump, see ADR 0006). */
export async function adjustListingStats(
  ex: Executor,
  serviceId: string,
  d: { sales?: number; ratingSum?: number; ratingCount?: number },
) {
  await repo.adjustStats(ex, serviceId, d);
}

/** Start-up: fill the read model once from the listed services (idempotent). */
export async function ensureMarketListings(ctx: AppContext) {
  return ctx.db.transaction((tx) => repo.ensureBackfilled(tx));
}

export const readMarketVersion = (ctx: AppContext) => repo.readVersion(ctx.db);
