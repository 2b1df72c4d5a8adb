/**
 * A realistic marketplace data set on PostgreSQL, for `bench/market-http.ts`.
 *
 *   npx tsx bench/market-data.ts --scale 0.1 --db fuwu_bench_market
 *
 * Scale 1 = 100k services (each with an approved live version of 5 spec rows = 500k spec rows)
 * and 10M ledger entries; `--scale 0.1` is the 10× smaller set. Services, versions and ledger rows
 * are bulk SQL (`INSERT … SELECT generate_series`). The market listings are then built by the
 * product's own start-up backfill (`ensureMarketListings`), so their search tokens come from the
 * same code as in production. Sales and ratings are spread over the listings afterwards.
 * Subscriptions are not generated here (the buy side's tables). The database is dropped and made
 * anew. Connection: PGURL (default postgres://postgres@127.0.0.1:5432).
 */
import pg from 'pg';
import { loadConfig } from '../src/server/config';
import { makeContext, prepare } from '../src/server/bootstrap';
import { openDatabase } from '../src/server/platform/db';
import { ensureMarketListings } from '../src/server/modules/market';

const arg = (name: string, def: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1]! : def;
};
const scale = Number(arg('scale', '0.1'));
const dbName = arg('db', `fuwu_bench_market_${String(scale).replace('.', '_')}`);
const base = process.env.PGURL ?? 'postgres://postgres@127.0.0.1:5432';
const services = Math.round(100_000 * scale);
const ledgerEntries = Math.round(10_000_000 * scale);

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
  const words = `array['直播','订单','客服','营销','店铺','装修','物流','发货','会员','数据','选品','评价','售后','库存','财务','短视频','达人','推广','商品','打单','智能','批量','自动','私域','社群']`;
  const kinds = `array['助手','管家','工具','大师','宝','通','精灵','专家','系统','平台']`;
  const en = `array['ERP','CRM','WMS','AI','Pro','Smart','Plus','Cloud']`;
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
           (${words})[1 + g % 25] || (${kinds})[1 + (g / 25) % 10]
             || case when g % 4 = 0 then ' ' || (${en})[1 + g % 8] else '' end as name,
           jsonb_build_array((${words})[1 + (g / 7) % 25], (${words})[1 + (g / 3) % 25]) as tags,
           '帮助商家' || (${words})[1 + (g / 11) % 25] || '与' || (${words})[1 + (g / 13) % 25]
             || '，提升店铺' || (${words})[1 + (g / 17) % 25] || '效率' as short,
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

  await c.query(`truncate market_listings; delete from market_state`);
  await c.end();
  const n = await ensureMarketListings(ctx);
  step(`market listings built by the product's backfill: ${n} visible services`);
  const c2 = new pg.Client({ connectionString: url });
  await c2.connect();
  // A long tail: most services sell little, a few sell a lot; about half are rated.
  await c2.query(`
    update market_listings set
      sales_count = (power(((hashtext(service_id) & 65535) / 65536.0), 6) * 20000)::int,
      rating_count = case when hashtext(service_id) % 2 = 0 then 1 + (hashtext(service_id) & 255) else 0 end,
      rating_sum = case when hashtext(service_id) % 2 = 0
        then (1 + (hashtext(service_id) & 255)) * (3 + (hashtext(service_id) >> 8 & 3)) / 1 - (hashtext(service_id) >> 12 & 1)
        else 0 end`);
  step('sales and ratings spread');

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
              pg_size_pretty(pg_database_size(current_database())) size`,
    )
  ).rows;
  step(`done: ${r.s} services, ${r.l} listings, ${r.e} ledger entries, ${r.size}`);
  await c2.end();
  await database.close();
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
