/**
 * A realistic marketplace data set on PostgreSQL, for `bench/market-http.ts`.
 *
 *   npx tsx bench/market-data.ts --scale 0.1 --db fuwu_bench_market
 *
 * Scale 1 = 100k services (each with an approved live version of 5 spec rows = 500k spec rows)
 * and 10M ledger entries; `--scale 0.1` is the 10× smaller set. Services, versions and ledger rows
 * are bulk SQL (`INSERT … SELECT generate_series`), names and descriptions drawn from a
 * catalogue's vocabulary (`market-vocabulary.ts`). 1M subscriptions (×scale) of 200k merchants,
 * each with its paid order, a third rated, give the services' sales and ratings. The market
 * listings are then built by the product's own start-up backfill (`ensureMarketListings`), so
 * their search tokens and figures come from the same code as in production. The database is
 * dropped and made anew. Connection: PGURL (default postgres://postgres@127.0.0.1:5432).
 */
import pg from 'pg';
import { loadConfig } from '../src/server/config';
import { makeContext, prepare } from '../src/server/bootstrap';
import { openDatabase } from '../src/server/platform/db';
import { ensureMarketListings } from '../src/server/modules/market';
import { BRAND_CHARS, EN, KINDS, TERMS, sqlArray } from './market-vocabulary';

const arg = (name: string, def: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1]! : def;
};
const scale = Number(arg('scale', '0.1'));
const dbName = arg('db', `fuwu_bench_market_${String(scale).replace('.', '_')}`);
const base = process.env.PGURL ?? 'postgres://postgres@127.0.0.1:5432';
const services = Math.round(100_000 * scale);
const ledgerEntries = Math.round(10_000_000 * scale);
const subscriptions = Math.round(1_000_000 * scale);
const merchants = Math.round(200_000 * scale);
/** A deterministic uniform number in [0, 1) from an integer SQL expression. */
const uniform = (x: string) => `((hashint4((${x})::int)::bigint & 4294967295) / 4294967296.0)`;

const t0 = performance.now();
const step = (what: string) =>
  console.log(`${((performance.now() - t0) / 1000).toFixed(1).padStart(6)} s  ${what}`);

async function main() {
  if (!/^[a-z0-9_]+$/.test(dbName)) throw new Error('--db: lower-case letters, digits, _');
  const admin = new pg.Client({ connectionString: `${base}/postgres` });
  await admin.connect();
  await admin.query(`drop database if exists ${dbName} with (force)`);
  await admin.query(`create database ${dbName}`);
  await admin.end();
  const url = `${base}/${dbName}`;
  const config = loadConfig({ ...process.env, DATABASE_URL: url, FUWU_SEED_DEMO: 'false' });
  const database = await openDatabase({ databaseUrl: url });
  const ctx = makeContext(config, database);
  await prepare(ctx);
  step(`database ${dbName} migrated (scale ${scale}: ${services} services)`);

  const c = new pg.Client({ connectionString: url });
  await c.connect();
  // A catalogue's vocabulary: ~100 business terms drawn with a long tail (订单 is in about one
  // listing in four, 冷链 in one in a few hundred), brand names from a pool of 1 600, a product
  // kind, and English product words in about a third of the names.
  const terms = sqlArray(TERMS);
  const brandChars = sqlArray(BRAND_CHARS);
  const kinds = sqlArray(KINDS);
  const en = sqlArray(EN);
  // u(g, salt): a deterministic uniform number in [0, 1) per row and draw.
  const u = (salt: number) => uniform(`g * 31 + ${salt}`);
  const term = (salt: number) =>
    `(${terms})[1 + floor(${TERMS.length} * power(${u(salt)}, 1.5))::int]`;
  // g → name, tags, short description, price; deterministic so runs are comparable.
  await c.query(`
    create temp table gen as
    with cat as (select row_number() over (order by id) - 1 as i, id, group_name, name, type
                   from categories where type in ('tool', 'operation', 'service')),
         n as (select count(*) as n from cat)
    select g,
           'bsv_' || g as id,
           'bpr_' || (g % 5000) as provider_id,
           cat.id as category_id, cat.group_name, cat.name as category_name, cat.type,
           (${brandChars})[1 + floor(${BRAND_CHARS.length} * ${u(1)})::int]
             || (${brandChars})[1 + floor(${BRAND_CHARS.length} * ${u(2)})::int]
             || case when ${u(3)} < 0.15 then '智能' else '' end
             || ${term(4)} || case when ${u(5)} < 0.4 then ${term(6)} else '' end
             || (${kinds})[1 + floor(${KINDS.length} * ${u(7)})::int]
             || case when ${u(8)} < 0.3
                  then ' ' || (${en})[1 + floor(${EN.length} * ${u(9)})::int] else '' end as name,
           case when ${u(10)} < 0.5 then jsonb_build_array(${term(11)}, ${term(12)})
                else jsonb_build_array(${term(11)}, ${term(12)}, ${term(13)}) end as tags,
           ${term(14)} || '、' || ${term(15)} || '一站式管理，帮助商家提升' || ${term(16)} || '效率'
             || case when ${u(17)} < 0.5 then '，支持' || ${term(18)} || '与' || ${term(19)} else '' end
             as short,
           (990 + (g * 7919) % 200000) as price,
           date_trunc('milliseconds', timestamptz '2025-01-01' + g * interval '311 seconds') as at
      from generate_series(1, ${services}) g cross join n join cat on cat.i = g % n.n`);
  step('generated service rows');
  await c.query(`
    insert into services (id, provider_id, account_id, company_name, category_id, category_group,
      category_name, service_type, review, listing, draft, live_version_id, latest_version,
      listed_at, hidden, frozen, purged, listing_blocked, penalties, created_at, updated_at)
    select id, provider_id, 'bac_' || (g % 5000), '服务商' || (g % 5000) || '号科技有限公司',
           category_id, group_name, category_name, type, 'approved',
           case when g % 50 = 0 then 'delisted' else 'listed' end, '{}'::jsonb, id || '_v1', 1,
           at, g % 97 = 0, g % 89 = 0, false, false, '[]'::jsonb, at, at
      from gen`);
  await c.query(`
    insert into service_versions (id, service_id, version, content, prechecks, submitted_by,
      submitted_at, decision, decided_by, decided_at)
    select id || '_v1', id, 1, jsonb_build_object(
             'classification', category_name, 'name', name, 'shortDescription', short,
             'descriptionHtml', '<p>' || short || '</p>', 'mainImageFileId', null,
             'galleryFileIds', '[]'::jsonb, 'tags', tags,
             'packages', jsonb_build_array(
               jsonb_build_object('name', '标准版', 'specs', jsonb_build_array(
                 jsonb_build_object('version', '标准版', 'durationDays', 31, 'priceFen', price, 'trial', false),
                 jsonb_build_object('version', '标准版', 'durationDays', 92, 'priceFen', price * 3 * 9 / 10, 'trial', false),
                 jsonb_build_object('version', '标准版', 'durationDays', 365, 'priceFen', price * 10, 'trial', false))),
               jsonb_build_object('name', '高级版', 'specs', jsonb_build_array(
                 jsonb_build_object('version', '高级版', 'durationDays', 31, 'priceFen', price * 2, 'trial', false),
                 jsonb_build_object('version', '高级版', 'durationDays', 31, 'priceFen', 0, 'trial', g % 3 = 0))))),
           '[]'::jsonb, 'bac_' || (g % 5000), at, 'approved', 'opr_bench', at
      from gen`);
  step(`services and versions inserted (${services * 5} spec rows)`);

  // Subscriptions: 200k merchants (×scale), services picked with a long tail (a few sell a lot,
  // most little; the permutation keeps the best sellers from being simply the oldest). A merchant
  // holds a service once, so a repeated pick is dropped. Each has the paid order that made it,
  // and about a third are rated, mostly 4–5 stars.
  await c.query(`
    insert into market_subscriptions (id, merchant_account_id, merchant_mobile, provider_id,
      service_id, service_name, mode, package_name, version, trial, state, valid_from,
      valid_until, last_order_id, expired_at, created_at, updated_at)
    select 'bsb_' || i, 'bmc_' || (i % ${merchants}), '139' || lpad((i % ${merchants})::text, 8, '0'),
           gen.provider_id, gen.id, gen.name, 'purchased', '标准版', '标准版', false,
           case when f + interval '92 days' < now() then 'expired' else 'active' end,
           f, f + interval '92 days', 'bor_' || i,
           case when f + interval '92 days' < now() then f + interval '92 days' end, f, f
      from (select i, timestamptz '2025-06-01' + (i % 540) * interval '1 day' as f,
                   1 + (floor(${services} * power(${uniform('i')}, 3))::bigint * 7919) % ${services} as sg
              from generate_series(1, ${subscriptions}) i) s
      join gen on gen.g = s.sg
    on conflict (merchant_account_id, service_id) do nothing`);
  await c.query(`
    insert into market_orders (id, merchant_account_id, merchant_mobile, provider_id, service_id,
      service_name, service_version, category_type, category_name, package_name, version,
      duration_days, price_fen, trial, kind, commission_fen, state, subscription_id, paid_at,
      created_at)
    select s.last_order_id, s.merchant_account_id, s.merchant_mobile, s.provider_id, s.service_id,
           s.service_name, 1, gen.type, gen.category_name, '标准版', '标准版', 92,
           gen.price * 27 / 10, false, 'new', gen.price * 27 / 100, 'paid', s.id, s.valid_from,
           s.valid_from
      from market_subscriptions s join gen on gen.id = s.service_id`);
  await c.query(`
    insert into market_ratings (id, subscription_id, merchant_account_id, service_id, provider_id,
      stars, body, created_at)
    select 'brt_' || s.id, s.id, s.merchant_account_id, s.service_id, s.provider_id,
           5 - floor(4 * power(${uniform('hashtext(s.id) + 1')}, 3))::int,
           '用了一段时间，' || (${terms})[1 + floor(${TERMS.length} * ${uniform('hashtext(s.id) + 2')})::int]
             || '方面挺好用', s.valid_from + interval '7 days'
      from market_subscriptions s where ${uniform('hashtext(s.id)')} < 0.33`);
  // The figures the market keeps per service, as the buy side would have left them.
  await c.query(`
    insert into market_listing_stats (service_id, sales_count, rating_sum, rating_count)
    select gen.id, coalesce(o.n, 0), coalesce(r.s, 0), coalesce(r.n, 0)
      from gen
      left join (select service_id, count(*) n from market_orders where state = 'paid'
                  group by 1) o on o.service_id = gen.id
      left join (select service_id, sum(stars) s, count(*) n from market_ratings
                  where not hidden group by 1) r on r.service_id = gen.id`);
  const [sub] = (
    await c.query(
      `select (select count(*) from market_subscriptions) s, (select count(*) from market_orders) o,
              (select count(*) from market_ratings) r`,
    )
  ).rows;
  step(`${sub.s} subscriptions, ${sub.o} paid orders, ${sub.r} ratings`);

  await c.query(`truncate market_listings, market_token_counts; delete from market_state`);
  await c.end();
  const n = await ensureMarketListings(ctx);
  step(`market listings built by the product's backfill: ${n} visible services`);
  const c2 = new pg.Client({ connectionString: url });
  await c2.connect();

  // Ledger: balanced pairs (provider deposit account ↔ platform clearing). Loaded with triggers
  // off (session_replication_role = replica): the rows balance by construction, and the per-row
  // balance check would dominate the load time.
  const txs = Math.round(ledgerEntries / 2);
  await c2.query(`set session_replication_role = replica`);
  await c2.query(`
    insert into ledger_accounts (id, provider_id, kind, normal, allow_negative, balance, updated_at)
    select 'bla_' || p, 'bpr_' || p, 'deposit_held', 'credit', false, 0, now()
      from generate_series(0, 4999) p
    union all select 'bla_clearing', null, 'clearing', 'debit', true, 0, now()`);
  const chunk = 500_000;
  for (let from = 1; from <= txs; from += chunk) {
    const to = Math.min(txs, from + chunk - 1);
    await c2.query(`
      insert into ledger_transactions (id, provider_id, kind, reference, amount, memo, detail,
        voucher_code, created_by, created_at)
      select 'blt_' || t, 'bpr_' || (t % 5000), 'deposit.credit', 'bench-' || t, 1000 + t % 50000,
             '', '{}'::jsonb, 'V' || t, null, timestamptz '2025-01-01' + t * interval '3 seconds'
        from generate_series(${from}, ${to}) t`);
    await c2.query(`
      insert into ledger_entries (id, transaction_id, account_id, amount, created_at)
      select 'ble_' || t || '_' || s, 'blt_' || t,
             case s when 1 then 'bla_' || (t % 5000) else 'bla_clearing' end,
             case s when 1 then -(1000 + t % 50000) else 1000 + t % 50000 end,
             timestamptz '2025-01-01' + t * interval '3 seconds'
        from generate_series(${from}, ${to}) t, generate_series(1, 2) s`);
    step(`ledger entries ${to * 2} / ${txs * 2}`);
  }
  await c2.query(`set session_replication_role = origin`);
  await c2.query(`vacuum analyze`);
  const [r] = (
    await c2.query(
      `select (select count(*) from services) s, (select count(*) from market_listings) l,
              (select count(*) from ledger_entries) e,
              (select count(*) from market_subscriptions) sub,
              pg_size_pretty(pg_database_size(current_database())) size`,
    )
  ).rows;
  step(
    `done: ${r.s} services, ${r.l} listings, ${r.sub} subscriptions, ${r.e} ledger entries, ${r.size}`,
  );
  await c2.end();
  await database.close();
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
