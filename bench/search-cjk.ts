/**
 * Chinese search without word spaces, on PGlite and on PostgreSQL: does a pg_trgm GIN index
 * serve `ILIKE '%关键词%'`, and how does an n-gram token array (no extension) compare?
 * Evidence for docs/adr/0006-market-search.md.
 *
 *   npx tsx bench/search-cjk.ts [rows]                      # PGlite in memory (default 20000)
 *   DATABASE_URL=postgres://…/empty_db npx tsx bench/search-cjk.ts [rows]   # PostgreSQL
 *
 * Creates and drops its own table `search_probe`. For each query it prints the plan's access
 * method, the time and the row count, and checks that every method finds the same rows as a
 * sequential scan.
 */
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import pg from 'pg';

const ROWS = Number(process.argv[2] ?? 20_000);
type Q = (text: string, params?: unknown[]) => Promise<Record<string, unknown>[]>;

const words = [
  '订单',
  '管理',
  '打单',
  '发货',
  '客服',
  '机器人',
  '数据',
  '分析',
  '营销',
  '工具',
  '库存',
  '直播',
  '助手',
  '商品',
  '搬家',
  '评价',
  '售后',
  '物流',
  '短信',
  '会员',
  '财务',
  '报表',
  '选品',
  '采购',
  '智能',
  '批量',
  '上架',
  '图片',
  '视频',
  '主播',
  '店铺',
  '装修',
  '运营',
  '代运营',
  '拍摄',
  '设计',
];
const latin = ['ERP', 'WMS', 'CRM', 'Pro', 'AI', 'Lite', 'Cloud', 'Plus'];

/** Deterministic pseudo-random names such as "智能订单管理ERP助手". */
function name(i: number): string {
  let x = (i * 2654435761 + 1) >>> 0; // mulberry32
  const next = () => {
    x = (x + 0x6d2b79f5) >>> 0;
    let t = Math.imul(x ^ (x >>> 15), 1 | x);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return (t ^ (t >>> 14)) >>> 0;
  };
  const parts: string[] = [];
  const n = 2 + (next() % 3);
  for (let k = 0; k < n; k++) parts.push(words[next() % words.length]!);
  if (next() % 3 === 0) parts.splice(next() % parts.length, 0, latin[next() % latin.length]!);
  return parts.join('') + ` ${i}`;
}

const isCjk = (ch: string) => /[\u3400-\u9fff\uf900-\ufaff]/u.test(ch);

/**
 * Search tokens without an extension: every CJK character and every pair of neighbouring CJK
 * characters (uni- and bigrams), plus lower-cased latin/digit words.
 */
export function searchTokens(text: string): string[] {
  const out = new Set<string>();
  for (const run of text.toLowerCase().match(/[\u3400-\u9fff\uf900-\ufaff]+|[a-z0-9]+/gu) ?? []) {
    if (!isCjk(run[0]!)) {
      out.add(run);
      continue;
    }
    const chars = [...run];
    chars.forEach((c, i) => {
      out.add(c);
      if (i + 1 < chars.length) out.add(c + chars[i + 1]);
    });
  }
  return [...out];
}

/** The tokens a query must all have: bigrams of CJK runs (a lone character: itself), words. */
function queryTokens(q: string): string[] {
  const out = new Set<string>();
  for (const run of q.toLowerCase().match(/[\u3400-\u9fff\uf900-\ufaff]+|[a-z0-9]+/gu) ?? []) {
    const chars = [...run];
    if (!isCjk(chars[0]!) || chars.length === 1) out.add(run);
    else for (let i = 0; i + 1 < chars.length; i++) out.add(chars[i]! + chars[i + 1]);
  }
  return [...out];
}

async function probe(kind: string, q: Q) {
  const [v] = await q(
    `select version() as v, datcollate, datctype from pg_database where datname = current_database()`,
  );
  console.log(
    `\n== ${kind}: ${String(v!.v).split(' on ')[0]}, collate ${v!.datcollate}, ctype ${v!.datctype}`,
  );
  await q('create extension if not exists pg_trgm');
  const [t] = await q(`select show_trgm('直播助手') as cjk, show_trgm('ERP助手') as mixed`);
  console.log(`show_trgm('直播助手') = ${JSON.stringify(t!.cjk)}`);
  console.log(`show_trgm('ERP助手')  = ${JSON.stringify(t!.mixed)}`);

  await q('drop table if exists search_probe');
  await q(
    'create table search_probe (id int primary key, name text not null, tokens text[] not null)',
  );
  const t0 = performance.now();
  for (let i = 0; i < ROWS; i += 1000) {
    const ids = Array.from({ length: Math.min(1000, ROWS - i) }, (_, k) => i + k);
    await q(
      `insert into search_probe (id, name, tokens)
       select u.id, u.name, array(select jsonb_array_elements_text(u.tokens))
       from jsonb_to_recordset($1::jsonb) as u(id int, name text, tokens jsonb)`,
      [JSON.stringify(ids.map((id) => ({ id, name: name(id), tokens: searchTokens(name(id)) })))],
    );
  }
  const t1 = performance.now();
  await q('create index search_probe_trgm on search_probe using gin (name gin_trgm_ops)');
  const t2 = performance.now();
  await q('create index search_probe_tokens on search_probe using gin (tokens)');
  const t3 = performance.now();
  await q('analyze search_probe');
  const [sz] = await q(
    `select pg_size_pretty(pg_relation_size('search_probe')) as heap,
            pg_size_pretty(pg_relation_size('search_probe_trgm')) as trgm,
            pg_size_pretty(pg_relation_size('search_probe_tokens')) as tokens`,
  );
  console.log(
    `${ROWS} rows inserted in ${((t1 - t0) / 1000).toFixed(1)} s; trigram index ${((t2 - t1) / 1000).toFixed(1)} s (${sz!.trgm}), token index ${((t3 - t2) / 1000).toFixed(1)} s (${sz!.tokens}); heap ${sz!.heap}`,
  );

  const plan = async (sql: string, params: unknown[]) => {
    const rows = await q(`explain (analyze, format json) ${sql}`, params);
    const p = (
      rows[0]!['QUERY PLAN'] as { Plan: Record<string, unknown>; 'Execution Time': number }[]
    )[0]!;
    const scans: string[] = [];
    const walk = (n: Record<string, unknown>) => {
      if (/Scan/.test(String(n['Node Type']))) {
        scans.push(`${n['Node Type']}${n['Index Name'] ? ` ${n['Index Name']}` : ''}`);
      }
      for (const c of (n.Plans as Record<string, unknown>[] | undefined) ?? []) walk(c);
    };
    walk(p.Plan);
    return { scans: scans.join(' + '), ms: p['Execution Time'] };
  };
  const ids = async (sql: string, params: unknown[]) =>
    (await q(sql, params))
      .map((r) => Number(r.id))
      .sort((a, b) => a - b)
      .join(',');

  console.log(
    `\n${'query'.padEnd(10)} ${'method'.padEnd(9)} ${'rows'.padStart(6)} ${'ms'.padStart(8)}  plan`,
  );
  for (const term of ['直播助手', '订单管理', '客服', '货', 'erp', '智能客服机器人']) {
    const like = `%${term}%`;
    const trgmSql = 'select id from search_probe where name ilike $1';
    // `name || ''` keeps the planner off the trigram index: this is the plan without pg_trgm.
    const tokSql = "select id from search_probe where tokens @> $1::text[] and name || '' ilike $2";
    const tokParams = [queryTokens(term), like];
    await q('set enable_bitmapscan = off');
    await q('set enable_indexscan = off');
    const truth = await ids(trgmSql, [like]);
    const seq = await plan(trgmSql, [like]);
    await q('reset enable_bitmapscan');
    await q('reset enable_indexscan');
    const count = truth ? truth.split(',').length : 0;
    const trgm = await plan(trgmSql, [like]);
    const tok = await plan(tokSql, tokParams);
    const ok = (await ids(trgmSql, [like])) === truth && (await ids(tokSql, tokParams)) === truth;
    for (const [method, r] of [
      ['seq', seq],
      ['trigram', trgm],
      ['tokens', tok],
    ] as const) {
      console.log(
        `${term.padEnd(10 - [...term].filter(isCjk).length)} ${method.padEnd(9)} ${String(count).padStart(6)} ${r.ms.toFixed(2).padStart(8)}  ${r.scans}`,
      );
    }
    if (!ok) console.log(`  !! ${term}: an indexed method found different rows than the scan`);
  }
  await q('drop table search_probe');
}

async function main() {
  const url = process.env.DATABASE_URL;
  if (url) {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      await probe('PostgreSQL', async (text, params) => (await client.query(text, params)).rows);
    } finally {
      await client.end();
    }
  } else {
    const db = await PGlite.create({ extensions: { pg_trgm } });
    try {
      await probe(
        'PGlite',
        async (text, params) => (await db.query<Record<string, unknown>>(text, params)).rows,
      );
    } finally {
      await db.close();
    }
  }
}

await main();
