import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from '../src/server/platform/db';
import { newId } from '../src/server/platform/ids';
import {
  adjustListingStats,
  ensureMarketListings,
  syncListing,
} from '../src/server/modules/market';
import { createTestEnv, type TestEnv } from './helpers';
import { insertListed, someCategories } from './market-helpers';

let env: TestEnv;
let cats: Awaited<ReturnType<typeof someCategories>>;

beforeAll(async () => {
  env = await createTestEnv({ policy: 'kuaishou' });
  cats = await someCategories(env);
});
afterAll(async () => {
  await env?.close();
});

/** Token → listings, as kept by the triggers and as recounted from the listings themselves. */
async function keptAndRecounted() {
  const kept = await env.ctx.database.rows<{ token: string; n: number }>(
    sql`select token, listings as n from market_token_counts where listings <> 0 order by token`,
  );
  const recount = await env.ctx.database.rows<{ token: string; n: number }>(
    sql`select t as token, count(*)::int as n from market_listings, unnest(search_tokens) t
         group by t order by t`,
  );
  return { kept, recount };
}

/** A new name for a listed service: a new live version (versions never change), then the sync port. */
async function rename(id: string, name: string) {
  const vid = newId('svv');
  await env.ctx.db.transaction(async (tx) => {
    await tx.execute(sql`insert into service_versions (id, service_id, version, content, prechecks,
        submitted_by, submitted_at, decision, decided_at)
      select ${vid}, s.id, s.latest_version + 1, jsonb_set(v.content, '{name}', to_jsonb(${name}::text)),
             '[]'::jsonb, s.account_id, now(), 'approved', now()
        from services s join service_versions v on v.id = s.live_version_id where s.id = ${id}`);
    await tx.execute(sql`update services set live_version_id = ${vid},
                           latest_version = latest_version + 1 where id = ${id}`);
    await syncListing(tx, id);
  });
}

/** Hides services in one transaction (a provider-level penalty changes several at once). */
async function hide(...ids: string[]) {
  await env.ctx.db.transaction(async (tx) => {
    for (const id of ids) {
      await tx.execute(sql`update services set hidden = true where id = ${id}`);
      await syncListing(tx, id);
    }
  });
}

const listed = (name: string, i: number) =>
  insertListed(env, {
    name,
    tags: ['计数'],
    shortDescription: '用于计数',
    category: cats[i % 3]!,
    listedAt: new Date(Date.UTC(2026, 9, 1 + (i % 20))),
  });

describe('kept search-token counts', () => {
  it('follow every listing change, ignore sales, and count a one-token search', async () => {
    const a = await listed('计数工具甲', 0);
    const b = await listed('计数工具乙', 1);
    const c = await listed('计数助手 Alpha', 2);
    let { kept, recount } = await keptAndRecounted();
    expect(kept).toEqual(recount);
    expect(kept.find((r) => r.token === '计数')?.n).toBe(3);
    expect(kept.find((r) => r.token === 'alpha')?.n).toBe(1);

    await rename(c, '计数助手 Beta');
    await hide(b);
    await adjustListingStats(env.ctx.db, a, { sales: 5, ratingSum: 4, ratingCount: 1 });
    ({ kept, recount } = await keptAndRecounted());
    expect(kept).toEqual(recount);
    expect(kept.find((r) => r.token === '计数')?.n).toBe(2);
    expect(kept.find((r) => r.token === 'alpha')).toBeUndefined();
    expect(kept.find((r) => r.token === 'beta')?.n).toBe(1);

    // A full first page of a one-token search takes its total from the kept count: moved by hand
    // here (and put back), the reply follows it.
    const total = async (q: string, extra = '') =>
      (
        (
          await env.app.inject({
            url: `/api/market/search?q=${encodeURIComponent(q)}&limit=1${extra}`,
          })
        ).json() as { total: number }
      ).total;
    expect(await total('计数')).toBe(2);
    await env.ctx.database.rows(
      sql`update market_token_counts set listings = 7 where token = '计数'`,
    );
    try {
      expect(await total('计数')).toBe(7);
      // with a filter, or more than one token, the matches themselves are counted
      expect(await total('计数', `&category=${cats[0]!.id}`)).toBe(1);
      expect(await total('计数助手')).toBe(1);
    } finally {
      await env.ctx.database.rows(
        sql`update market_token_counts set listings = 2 where token = '计数'`,
      );
    }
  });

  it('stay exact when many transactions change listings that share tokens at once', async () => {
    // On PostgreSQL these run in parallel on the pool: the triggers upsert the shared tokens'
    // rows in one order, so the transactions queue on them instead of deadlocking.
    const ids = await Promise.all(
      Array.from({ length: 24 }, (_, i) => listed(`并发计数服务${i % 4}号`, i)),
    );
    // every third is hidden, two at a time in one transaction; the others are renamed
    await Promise.all(
      ids.map((id, i) =>
        i % 6 === 0
          ? hide(id, ids[i + 3]!)
          : i % 3 === 0
            ? Promise.resolve()
            : rename(id, `并发计数服务改名${i % 5} Gamma`),
      ),
    );
    const { kept, recount } = await keptAndRecounted();
    expect(kept).toEqual(recount);
    expect(kept.find((r) => r.token === 'gamma')?.n).toBe(16);
  });

  it('are counted once by a first-start backfill, which leaves the triggers on', async () => {
    // A database from before the market: no state row, no listings, a stale count.
    await env.ctx.database.rows(sql`delete from market_state`);
    await env.ctx.database.rows(sql`delete from market_listings`);
    await env.ctx.database.rows(
      sql`insert into market_token_counts (token, listings) values ('陈旧', 5)
          on conflict (token) do update set listings = 5`,
    );
    const [{ n: listedNow }] = await env.ctx.database.rows<{ n: number }>(
      sql`select count(*)::int as n from services
           where listing = 'listed' and not hidden and not purged and live_version_id is not null`,
    );
    expect(await ensureMarketListings(env.ctx)).toBe(listedNow);
    expect(await ensureMarketListings(env.ctx)).toBe(0); // once only
    let { kept, recount } = await keptAndRecounted();
    expect(kept).toEqual(recount);
    expect(kept.find((r) => r.token === '陈旧')).toBeUndefined();
    expect(kept.find((r) => r.token === 'gamma')?.n).toBe(16);

    const [one] = await env.ctx.database.rows<{ id: string }>(
      sql`select service_id as id from market_listings where 'gamma' = any(search_tokens) limit 1`,
    );
    await rename(one!.id, '并发计数服务改名 Delta');
    ({ kept, recount } = await keptAndRecounted());
    expect(kept).toEqual(recount);
    expect(kept.find((r) => r.token === 'gamma')?.n).toBe(15);
    expect(kept.find((r) => r.token === 'delta')?.n).toBe(1);
  });
});
