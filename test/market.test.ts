import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/server/app';
import { sql, type Executor, type SQL } from '../src/server/platform/db';
import { searchPage } from '../src/server/modules/market/market-read.repo';
import type { AppContext } from '../src/server/platform/context';
import {
  MarketVersion,
  adjustListingStats,
  readMarketVersion,
  syncListing,
} from '../src/server/modules/market';
import {
  createTestEnv,
  secondInstance,
  signInAccount,
  signInOperator,
  type Agent,
  type TestEnv,
} from './helpers';
import { receiver } from './apps-helpers';
import { GOOD_JPG, content, kuaishouReady, serviceCategory, uploadImage } from './service-helpers';
import { insertListed, someCategories } from './market-helpers';

let env: TestEnv;
let cats: Awaited<ReturnType<typeof someCategories>>;
let op: Agent;
const ids: Record<string, string> = {};
const day = (n: number) => new Date(Date.UTC(2026, 9, 1 + n, 2, 0, 0));

type Item = {
  id: string;
  name: string;
  minPriceFen: number;
  salesCount: number;
  rating: number | null;
  orderable: boolean;
  serviceType: string;
  categoryId: string;
};
type Reply = { items: Item[]; nextCursor: string | null; total: number; totalCapped: boolean };

async function search(params: Record<string, string | number>, app = env.app) {
  const qs = new URLSearchParams(Object.entries(params).map(([k, v]) => [k, String(v)]));
  const res = await app.inject({ url: `/api/market/search?${qs}` });
  return res;
}
async function names(params: Record<string, string | number>) {
  const res = await search(params);
  expect(res.statusCode, res.body).toBe(200);
  return (res.json() as Reply).items.map((i) => i.name);
}

beforeAll(async () => {
  env = await createTestEnv({ policy: 'kuaishou' });
  cats = await someCategories(env);
  op = await signInOperator(env);
  const tool = cats.find((c) => c.type === 'tool')!;
  const other = cats.find((c) => c.type !== 'tool' && c.group !== tool.group)!;
  ids.live = await insertListed(env, {
    name: '直播助手',
    tags: ['直播', '带货'],
    shortDescription: '直播间自动回复与弹幕管理',
    priceFen: 5000,
    category: tool,
    listedAt: day(1),
    trial: true,
  });
  ids.crm = await insertListed(env, {
    name: 'Smart CRM 会员管理',
    tags: ['CRM'],
    shortDescription: 'Member points and coupons',
    priceFen: 30000,
    category: other,
    listedAt: day(2),
  });
  ids.order = await insertListed(env, {
    name: '订单管家',
    tags: ['订单', '发货'],
    shortDescription: '订单同步、打单发货一站完成',
    priceFen: 12000,
    category: tool,
    listedAt: day(3),
  });
  ids.hidden = await insertListed(env, {
    name: '直播隐藏工具',
    category: tool,
    listedAt: day(4),
    state: { hidden: true },
  });
  ids.delisted = await insertListed(env, {
    name: '直播下架工具',
    category: tool,
    listedAt: day(4),
    state: { listing: 'delisted' },
  });
  ids.purged = await insertListed(env, {
    name: '直播清退工具',
    category: tool,
    listedAt: day(4),
    state: { purged: true, hidden: true, listing: 'delisted' },
  });
  ids.frozen = await insertListed(env, {
    name: '直播冻结工具',
    category: tool,
    listedAt: day(5),
    state: { frozen: true },
  });
  // 40 more with ties (same day, same sales) to page through
  for (let i = 0; i < 40; i++)
    ids[`bulk${i}`] = await insertListed(env, {
      name: `批量工具${i}`,
      tags: ['批量'],
      priceFen: 100 * (i % 7),
      category: i % 2 ? tool : other,
      listedAt: day(10 + (i % 5)),
    });
});
afterAll(async () => {
  await env?.close();
});

describe('market search', () => {
  it('finds Chinese text without spaces by any part of it, one character too', async () => {
    expect(await names({ q: '直播' })).toEqual(expect.arrayContaining(['直播助手']));
    expect(await names({ q: '助手' })).toContain('直播助手');
    expect(await names({ q: '播助' })).toContain('直播助手');
    expect(await names({ q: '直播助手' })).toEqual(['直播助手']);
    expect(await names({ q: '助' })).toContain('直播助手');
    // the bigrams of 助直 are not a substring: no match though each character is in the name
    expect(await names({ q: '助直' })).toEqual([]);
    // tags and short description
    expect(await names({ q: '带货' })).toEqual(['直播助手']);
    expect(await names({ q: '弹幕' })).toEqual(['直播助手']);
    expect(await names({ q: '打单' })).toEqual(['订单管家']);
  });

  it('finds English case-insensitively, by word and by prefix, mixed with Chinese', async () => {
    expect(await names({ q: 'crm' })).toEqual(['Smart CRM 会员管理']);
    expect(await names({ q: 'SMART' })).toEqual(['Smart CRM 会员管理']);
    expect(await names({ q: 'coup' })).toEqual(['Smart CRM 会员管理']);
    expect(await names({ q: 'CRM 会员' })).toEqual(['Smart CRM 会员管理']);
    expect(await names({ q: 'crmx' })).toEqual([]);
    // LIKE wildcards in the query are plain characters
    expect(await names({ q: '%' })).toEqual([]);
    expect(await names({ q: '直播_' })).toEqual([]);
  });

  it('never shows hidden, delisted or purged services; a frozen one is shown, not orderable', async () => {
    const res = (await search({ q: '直播', limit: 50 })).json() as Reply;
    const found = res.items.map((i) => i.id);
    expect(found).not.toContain(ids.hidden);
    expect(found).not.toContain(ids.delisted);
    expect(found).not.toContain(ids.purged);
    expect(res.items.find((i) => i.id === ids.frozen)?.orderable).toBe(false);
    expect(res.items.find((i) => i.id === ids.live)?.orderable).toBe(true);
    expect(res.total).toBe(2);
    expect(res.totalCapped).toBe(false);
  });

  it('filters by category, type and price range, and refuses a reversed range', async () => {
    const tool = cats.find((c) => c.type === 'tool')!;
    const byCat = (await search({ category: tool.id, limit: 50 })).json() as Reply;
    expect(byCat.items.every((i) => i.categoryId === tool.id)).toBe(true);
    expect(byCat.total).toBe(byCat.items.length);
    expect(byCat.items.map((i) => i.id)).toContain(ids.live);
    const byType = (await search({ type: 'tool', limit: 50 })).json() as Reply;
    expect(byType.items.every((i) => i.serviceType === 'tool')).toBe(true);
    const priced = (
      await search({ minPriceFen: 5000, maxPriceFen: 20000, limit: 50 })
    ).json() as Reply;
    expect(priced.items.map((i) => i.name).sort()).toEqual(['直播助手', '订单管家'].sort());
    const bad = await search({ minPriceFen: 300, maxPriceFen: 100 });
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({
      code: 'MARKET.PRICE_RANGE',
      fields: { minPriceFen: expect.any(String) },
    });
    const badEn = await env.app.inject({
      url: '/api/market/search?minPriceFen=3&maxPriceFen=1',
      headers: { 'accept-language': 'en-US' },
    });
    expect(badEn.json().message).toMatch(/lowest price/);
    const cur = await search({ cursor: 'not-a-cursor' });
    expect(cur.json().code).toBe('MARKET.BAD_CURSOR');
  });

  it('sorts by newest, sales and rating', async () => {
    await env.ctx.db.transaction(async (tx) => {
      await adjustListingStats(tx, ids.order, { sales: 7, ratingSum: 9, ratingCount: 2 });
      await adjustListingStats(tx, ids.live, { sales: 3, ratingSum: 5, ratingCount: 1 });
    });
    const q = { type: 'tool', limit: 3 };
    const newest = ((await search({ ...q, q: '直播', sort: 'newest' })).json() as Reply).items;
    expect(newest.map((i) => i.name)).toEqual(['直播冻结工具', '直播助手']);
    const sales = ((await search({ q: '订单 ', sort: 'sales' })).json() as Reply).items;
    expect(sales[0]).toMatchObject({ name: '订单管家', salesCount: 7, rating: 4.5 });
    const all = ((await search({ sort: 'sales', limit: 2 })).json() as Reply).items;
    expect(all.map((i) => i.name)).toEqual(['订单管家', '直播助手']);
    const rated = ((await search({ sort: 'rating', limit: 2 })).json() as Reply).items;
    expect(rated.map((i) => i.name)).toEqual(['直播助手', '订单管家']);
  });

  it('every sort is served by an index, with and without a category: no sort step', async () => {
    // Planner costs are forced so that a usable index always wins; a plan that still sorts has
    // no index in the order the query asks for (as when `desc` meant nulls first and the
    // indexes were `desc nulls last`).
    const plans: string[] = [];
    await env.ctx.db.transaction(async (tx) => {
      await tx.execute(sql`set local enable_sort = off`);
      await tx.execute(sql`set local enable_seqscan = off`);
      await tx.execute(sql`set local enable_bitmapscan = off`);
      const explain = {
        execute: (q: SQL) => tx.execute(sql`explain ${q}`),
      } as unknown as Executor;
      for (const sort of ['newest', 'sales', 'rating'] as const)
        for (const category of [undefined, cats[0]!.id]) {
          const f = { tokens: [], patterns: [], category };
          const first = await searchPage(explain, f, sort, null, 20);
          const next = await searchPage(explain, f, sort, { k: 1, id: 'x' }, 20);
          for (const rows of [first, next])
            plans.push(
              `${sort} ${category ?? ''}\n${rows.map((r) => Object.values(r)[0]).join('\n')}`,
            );
        }
    });
    expect(plans).toHaveLength(12);
    for (const plan of plans) {
      expect(plan).toMatch(/Index Scan/);
      expect(plan).not.toMatch(/Sort/);
    }
  });

  it('the planner keeps statistics for up to 10 000 search tokens (counts of broad words stay short)', async () => {
    // With the default target only ~1 000 tokens are tracked; a broad word missing from the list
    // is guessed at ~1 %, and its count of "up to 100" then built a bitmap of every match.
    const [col] = await env.ctx.database.rows<{ target: number }>(
      sql`select attstattarget::int as target from pg_attribute
           where attrelid = 'market_listings'::regclass and attname = 'search_tokens'`,
    );
    expect(col!.target).toBe(1000);
  });
  it('keyset pages return every row exactly once, in order, for every sort', async () => {
    for (const sort of ['newest', 'sales', 'rating'] as const) {
      const seen: string[] = [];
      let cursor: string | null = null;
      let total = -1;
      for (let guard = 0; guard < 20; guard++) {
        const params: Record<string, string | number> = { sort, limit: 7 };
        if (cursor) params.cursor = cursor;
        const r = (await search(params)).json() as Reply;
        if (!cursor) total = r.total;
        seen.push(...r.items.map((i) => i.id));
        cursor = r.nextCursor;
        if (!cursor) break;
      }
      expect(new Set(seen).size, sort).toBe(seen.length);
      expect(seen.length, sort).toBe(total);
      const [{ n }] = await env.ctx.database.rows<{ n: number }>(
        sql`select count(*)::int as n from market_listings`,
      );
      expect(total).toBe(n);
    }
  });

  it('the home groups categories with counts and each group its best sellers', async () => {
    const res = await env.app.inject({ url: '/api/market/home' });
    expect(res.statusCode).toBe(200);
    const home = res.json() as {
      groups: Array<{
        group: string;
        count: number;
        categories: Array<{ count: number }>;
        top: Item[];
      }>;
    };
    const tool = cats.find((c) => c.type === 'tool')!;
    const g = home.groups.find((x) => x.group === tool.group)!;
    expect(g.count).toBe(g.categories.reduce((s, c) => s + c.count, 0));
    expect(g.top[0].name).toBe('订单管家');
    expect(g.top.length).toBeLessThanOrEqual(4);
    const all = home.groups.flatMap((x) => x.top.map((i) => i.id));
    expect(all).not.toContain(ids.hidden);
  });
});

describe('the market follows the services module (real review flow)', () => {
  it('approve + list adds a service; rename by a new version; hide, delist and purge remove it', async () => {
    const cb = await receiver(() => 302);
    try {
      const cat = await serviceCategory(env, '营销管理', '吸粉引流');
      await kuaishouReady(env, '13711110001', cat, `${cb.url}/cb`);
      const p = await signInAccount(env, '13711110001');
      const app = (await p.get('/api/provider/services/options')).json().apps[0].id;
      const id = (await p.post('/api/provider/services', { categoryId: cat, appId: app })).json()
        .id;
      const img = (await uploadImage(p, GOOD_JPG, 'main')).json().id;
      await p.put(`/api/provider/services/${id}/draft`, {
        content: content(img, { name: '云帆直播打单' }),
      });
      await p.post(`/api/provider/services/${id}/submit`);
      const v1 = (await p.get(`/api/provider/services/${id}`)).json().pending.id;
      await op.post(`/api/ops/services/${id}/approve`, { versionId: v1 });
      const found = async (q: string) =>
        ((await search({ q })).json() as Reply).items.some((i) => i.id === id);
      expect(await found('云帆直播')).toBe(false); // pending listing
      expect((await p.post(`/api/provider/services/${id}/list`)).statusCode).toBe(200);
      expect(await found('云帆直播')).toBe(true);

      // sales and ratings survive the listing leaving the market and coming back, and a change
      // made while it is away (a rating hidden) is there when it returns
      const stats = (d: Parameters<typeof adjustListingStats>[2]) =>
        env.ctx.db.transaction((tx) => adjustListingStats(tx, id, d));
      await stats({ sales: 3, ratingSum: 9, ratingCount: 2 });
      await p.post(`/api/provider/services/${id}/delist`);
      expect(await found('云帆直播')).toBe(false);
      await stats({ ratingSum: -4, ratingCount: -1 });
      await p.post(`/api/provider/services/${id}/list`);
      expect(await found('云帆直播')).toBe(true);
      const back = ((await search({ q: '云帆直播' })).json() as Reply).items[0];
      expect(back).toMatchObject({ id, salesCount: 3, rating: 5 });

      // an edited service is delisted, reviewed and relisted: the market shows the new version
      await p.post(`/api/provider/services/${id}/delist`);
      await p.put(`/api/provider/services/${id}/draft`, {
        content: content(img, { name: '星河快递助手' }),
      });
      expect((await p.post(`/api/provider/services/${id}/submit`)).statusCode).toBe(200);
      const v2 = (await p.get(`/api/provider/services/${id}`)).json().pending.id;
      await op.post(`/api/ops/services/${id}/approve`, { versionId: v2 });
      expect((await p.post(`/api/provider/services/${id}/list`)).statusCode).toBe(200);
      expect(await found('星河')).toBe(true);
      expect(await found('云帆直播')).toBe(false);

      await op.post(`/api/ops/services/${id}/penalties`, { kind: 'freeze', reason: '投诉处理中' });
      const frozen = ((await search({ q: '星河' })).json() as Reply).items[0];
      expect(frozen).toMatchObject({ id, orderable: false });
      await op.post(`/api/ops/services/${id}/penalties`, { kind: 'hide', reason: '涉嫌虚假宣传' });
      expect(await found('星河')).toBe(false);
      await op.post(`/api/ops/services/${id}/penalties`, { kind: 'purge', reason: '严重违规' });
      expect(await found('星河')).toBe(false);
      const [{ n }] = await env.ctx.database.rows<{ n: number }>(
        sql`select count(*)::int as n from market_listings where service_id = ${id}`,
      );
      expect(n).toBe(0);
    } finally {
      await cb.close();
    }
  });
});

describe('browse cache across two app instances on one database', () => {
  let second: AppContext;
  let closeSecond: () => Promise<void> = async () => {};
  beforeAll(async () => {
    ({ ctx: second, close: closeSecond } = await secondInstance(env, 4));
  });
  afterAll(async () => closeSecond());

  it('a change committed through instance A is seen on instance B’s next request', async () => {
    const b = await buildApp(second);
    await b.ready();
    try {
      const tool = cats.find((c) => c.type === 'tool')!;
      const url = `/api/market/search?category=${tool.id}&limit=50`;
      const first = await b.inject({ url });
      const again = await b.inject({ url });
      expect(again.headers['x-cache']).toBe('hit');
      expect(again.body).toBe(first.body);
      const homeB = await b.inject({ url: '/api/market/home' });
      expect((await b.inject({ url: '/api/market/home' })).headers['x-cache']).toBe('hit');

      // through A: an operator hides a listed service (the services module → market port)
      const hide = await op.post(`/api/ops/services/${ids.order}/penalties`, {
        kind: 'hide',
        reason: '测试缓存',
      });
      expect(hide.statusCode, hide.body).toBe(200);

      const after = await b.inject({ url });
      expect(after.headers['x-cache']).toBe('miss');
      expect(after.json().items.map((i: Item) => i.id)).not.toContain(ids.order);
      expect(first.json().items.map((i: Item) => i.id)).toContain(ids.order);
      const homeAfter = await b.inject({ url: '/api/market/home' });
      expect(homeAfter.headers['x-cache']).toBe('miss');
      expect(homeAfter.body).not.toBe(homeB.body);
    } finally {
      await b.close();
    }
  });

  it('a committed change is pushed to a listener on this database; a rolled-back one is not', async () => {
    // A listener of its own, on this test's driver (PGlite or PostgreSQL's LISTEN connection).
    const mv = new MarketVersion(async () => (await readMarketVersion(env.ctx)) ?? 0);
    const stop = await mv.start(env.ctx.database);
    try {
      await expect.poll(() => mv.pushed()).not.toBeNull();
      const v0 = mv.pushed()!;
      await env.ctx.db.transaction((tx) => syncListing(tx, ids.live!));
      await expect.poll(() => mv.pushed()).toBe(v0 + 1);
      await env.ctx.db
        .transaction(async (tx) => {
          await syncListing(tx, ids.live!);
          throw new Error('roll back');
        })
        .catch(() => {});
      await env.ctx.db.transaction((tx) => syncListing(tx, ids.live!));
      // the rolled-back bump never arrived: the next one is v0 + 2, not v0 + 3
      await expect.poll(() => mv.pushed()).toBe(v0 + 2);
      await new Promise((r) => setTimeout(r, 100));
      expect(mv.pushed()).toBe(v0 + 2);
    } finally {
      await stop();
    }
  });

  it('search is never cached', async () => {
    const r = await search({ q: '直播' });
    expect(r.headers['x-cache']).toBe('none');
  });
});

describe('totals', () => {
  it('a search counts to 100 ("more than 100"); a category listing counts on to agree with the home', async () => {
    const cat = cats.find((c) => c.type === 'tool' && c.id !== cats[0]!.id)!;
    // Read-model rows straight in (the services flow is covered above): 130 in one category.
    await env.ctx.database.rows(sql`
      insert into market_listings (service_id, provider_id, provider_name, category_id,
        category_name, category_group, service_type, name, short_description, tags, min_price_fen,
        has_trial, frozen, listed_at, search_text, search_tokens)
      select 'cap_' || g, 'p', '服务商', ${cat.id}, ${cat.name}, ${cat.group}, 'tool',
             '容量测试' || g, '', '{}', 100, false, false, now(), '容量测试' || g,
             '{容,量,测,试,容量,量测,测试}'
        from generate_series(1, 130) g`);
    // … and the change announced as the market module does, so the browse caches drop it
    await env.ctx.database.rows(sql`with v as (update market_state set version = version + 1
                                               where id = 1 returning version)
                                    select pg_notify('fuwu_market', version::text) from v`);
    try {
      const q = (await search({ q: '容量' })).json() as Reply;
      expect(q).toMatchObject({ total: 100, totalCapped: true });
      const q2 = (await search({ q: '容量', category: cat.id })).json() as Reply;
      expect(q2).toMatchObject({ total: 100, totalCapped: true });
      type Home = { groups: Array<{ categories: Array<{ id: string; count: number }> }> };
      const homeCount = async () => {
        const home = (await env.app.inject({ url: '/api/market/home' })).json() as Home;
        return home.groups.flatMap((g) => g.categories).find((c) => c.id === cat.id)?.count ?? 0;
      };
      // the notification reaches the cache within moments
      await expect.poll(homeCount).toBeGreaterThanOrEqual(130);
      const list = (await search({ category: cat.id })).json() as Reply;
      expect(list.totalCapped).toBe(false);
      expect(list.total).toBeGreaterThanOrEqual(130);
      expect(list.total).toBe(await homeCount());
    } finally {
      await env.ctx.database.rows(sql`delete from market_listings where service_id like 'cap\_%'`);
    }
  });
});
