/**
 * Market browse and search over HTTP, in one run, against three servers on the same database:
 *   ours  – the product (`buildApp`, browse cached, search not),
 *   bare  – a `node:http` server returning the very bytes ours returned (the ceiling for browse),
 *   rawpg – a `node:http` server running the same SQL through `pg` (the floor for search).
 * Each server runs in its own child process; autocannon (50 connections) runs here.
 *
 *   npx tsx bench/market-http.ts --dbs fuwu_bench_mkt_01,fuwu_bench_mkt_1 [--seconds 5] [--rounds 3]
 *
 * Databases come from `bench/market-data.ts`. With two, the servers of both run together, the
 * rounds alternate across them, and the last line compares per-request cost of the second (10×
 * larger) to the first.
 */
import { fork, type ChildProcess } from 'node:child_process';
import http from 'node:http';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import pg from 'pg';
import { PgDialect } from 'drizzle-orm/pg-core';
import type { SQL } from 'drizzle-orm';
import { loadConfig } from '../src/server/config';
import { makeContext } from '../src/server/bootstrap';
import { openDatabase, type Database } from '../src/server/platform/db';
import type { AppContext } from '../src/server/platform/context';
import { buildApp } from '../src/server/app';
import { marketHome, searchListings } from '../src/server/modules/market';
import { marketSearchQuerySchema } from '../src/contracts/market';

const arg = (name: string, def: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1]! : def;
};
const base = process.env.PGURL ?? 'postgres://postgres@127.0.0.1:5432';
const POOL = 10;

const SEARCH = [
  '直播',
  '客服',
  '助手',
  'erp',
  '订单管家',
  '货',
  '智能客服',
  'crm',
  '店铺装修',
  '达人推广',
].map((q, i) => `/api/market/search?q=${encodeURIComponent(q)}${i % 2 ? '&sort=sales' : ''}`);

async function browseUrls(url: string) {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  const cats = (
    await c.query(
      `select category_id, count(*) from market_listings group by 1 order by 2 desc limit 4`,
    )
  ).rows.map((r: { category_id: string }) => r.category_id);
  await c.end();
  return [
    '/api/market/home',
    ...cats.map((id, i) => `/api/market/search?category=${id}${i % 2 ? '&sort=sales' : ''}`),
  ];
}

/** The SQL statements one request runs, captured from the product's own code on this database. */
async function captureSql(
  database: Database,
  url: string,
): Promise<Array<{ sql: string; params: unknown[] }>> {
  const dialect = new PgDialect();
  const out: Array<{ sql: string; params: unknown[] }> = [];
  const recording = {
    execute: async (q: SQL) => {
      out.push(dialect.sqlToQuery(q));
      return database.db.execute(q);
    },
  };
  const ctx = { db: recording } as unknown as AppContext;
  const u = new URL(url, 'http://x');
  if (u.pathname === '/api/market/home') await marketHome(ctx);
  else await searchListings(ctx, marketSearchQuerySchema.parse(Object.fromEntries(u.searchParams)));
  return out;
}

// ---- child processes -------------------------------------------------------------------------
async function serve(kind: string, dbUrl: string, file: string) {
  let server: http.Server;
  if (kind === 'ours') {
    const config = loadConfig({
      ...process.env,
      DATABASE_URL: dbUrl,
      FUWU_SEED_DEMO: 'false',
      FUWU_LOG_LEVEL: 'silent',
    });
    const database = await openDatabase({ databaseUrl: dbUrl, poolSize: POOL });
    // As `npm start` builds it (logger on; FUWU_LOG_LEVEL=silent keeps the output quiet).
    const app = await buildApp(makeContext(config, database), { logger: true });
    await app.listen({ port: 0, host: '127.0.0.1' });
    server = app.server;
  } else if (kind === 'bare') {
    const bytes = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, string>;
    const bufs = new Map(Object.entries(bytes).map(([k, v]) => [k, Buffer.from(v)]));
    server = http.createServer((req, res) => {
      const b = bufs.get(req.url!);
      res.writeHead(b ? 200 : 404, { 'content-type': 'application/json; charset=utf-8' });
      res.end(b);
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  } else {
    const stmts = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<
      string,
      Array<{ sql: string; params: unknown[] }>
    >;
    const pool = new pg.Pool({ connectionString: dbUrl, max: POOL });
    server = http.createServer((req, res) => {
      const s = stmts[req.url!];
      if (!s) return void res.writeHead(404).end();
      Promise.all(s.map((q) => pool.query(q.sql, q.params))).then(
        (rs) => {
          res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' });
          res.end(JSON.stringify(rs.map((r) => r.rows)));
        },
        (e: Error) => res.writeHead(500).end(e.message),
      );
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  }
  const addr = server.address();
  process.send!({ port: typeof addr === 'object' && addr ? addr.port : 0 });
}

const children: ChildProcess[] = [];
process.on('exit', () => children.forEach((c) => c.kill()));

function start(kind: string, dbUrl: string, file: string) {
  const child = fork(process.argv[1]!, ['--serve', kind, '--db-url', dbUrl, '--file', file], {
    execArgv: process.execArgv,
    stdio: 'inherit',
  });
  children.push(child);
  return new Promise<{ child: ChildProcess; port: number }>((resolve, reject) => {
    child.once('message', (m: { port: number }) => resolve({ child, port: m.port }));
    child.once('exit', (code) => reject(new Error(`${kind} exited ${code}`)));
  });
}

type Figures = { rps: number; p50: number; p99: number; errors: number };
/** The run with the median throughput (its latencies are reported with it). */
const median = (runs: Figures[]) => [...runs].sort((a, b) => a.rps - b.rps)[runs.length >> 1]!;
async function load(port: number, paths: string[], seconds: number): Promise<Figures> {
  const opts = {
    url: `http://127.0.0.1:${port}`,
    connections: 50,
    duration: seconds,
    requests: paths.map((p) => ({ method: 'GET' as const, path: p })),
  };
  await autocannon({ ...opts, duration: 2 }); // warm-up
  const r = await autocannon(opts);
  return {
    rps: r.requests.average,
    p50: r.latency.p50,
    p99: r.latency.p99,
    errors: r.errors + r.non2xx,
  };
}

/**
 * The ratio of two series measured side by side, round by round (the rounds alternate, so each
 * pair saw the same load): every round's ratio, their median and range. The spread says how much
 * of a difference between runs is noise.
 */
function paired(num: Figures[], den: Figures[]): string {
  const r = num.map((f, i) => (den[i]!.rps > 0 ? f.rps / den[i]!.rps : NaN));
  const sorted = [...r].sort((x, y) => x - y);
  const f2 = (x: number) => x.toFixed(2);
  return `${r.map(f2).join(' ')} (median ${f2(sorted[sorted.length >> 1]!)}, range ${f2(sorted[0]!)}–${f2(sorted[sorted.length - 1]!)})`;
}

const fmt = (f: Figures) =>
  `${f.rps.toFixed(0).padStart(7)} req/s  p50 ${String(f.p50).padStart(4)} ms  p99 ${String(f.p99).padStart(4)} ms${f.errors ? `  ERRORS ${f.errors}` : ''}`;

type Servers = { db: string; listings: number; plan: Array<[string, number, string[]]> };

/** Starts the three servers on one database and captures what they answer and run. */
async function setUp(db: string): Promise<Servers> {
  const dbUrl = `${base}/${db}`;
  const browse = await browseUrls(dbUrl);
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'fuwu-bench-'));
  const ours = await start('ours', dbUrl, '');
  const bytes: Record<string, string> = {};
  for (const p of [...browse, ...SEARCH]) {
    const res = await fetch(`http://127.0.0.1:${ours.port}${p}`);
    if (res.status !== 200) throw new Error(`${p}: ${res.status} ${await res.text()}`);
    bytes[p] = await res.text();
  }
  const stmts: Record<string, Array<{ sql: string; params: unknown[] }>> = {};
  const capture = await openDatabase({ databaseUrl: dbUrl, poolSize: 1 });
  for (const p of [...browse, ...SEARCH]) stmts[p] = await captureSql(capture, p);
  await capture.close();
  fs.writeFileSync(path.join(tmp, 'bytes.json'), JSON.stringify(bytes));
  fs.writeFileSync(path.join(tmp, 'sql.json'), JSON.stringify(stmts));
  const c = new pg.Client({ connectionString: dbUrl });
  await c.connect();
  const { n } = (await c.query(`select count(*)::int n from market_listings`)).rows[0] as {
    n: number;
  };
  await c.end();
  const bare = await start('bare', dbUrl, path.join(tmp, 'bytes.json'));
  const raw = await start('rawpg', dbUrl, path.join(tmp, 'sql.json'));
  return {
    db,
    listings: n,
    plan: [
      ['oursBrowse', ours.port, browse],
      ['bareBrowse', bare.port, browse],
      ['oursSearch', ours.port, SEARCH],
      ['rawSearch', raw.port, SEARCH],
      ['rawBrowse', raw.port, browse],
    ],
  };
}

function report(s: Servers, res: Record<string, Figures>, seconds: number, rounds: number) {
  console.log(
    `\n== ${s.db}: ${s.listings} listings; ${os.cpus().length} cores; 50 connections, ${seconds} s each, median of ${rounds} rounds`,
  );
  console.log(`browse  ours       ${fmt(res.oursBrowse!)}`);
  console.log(`browse  node:http  ${fmt(res.bareBrowse!)}`);
  console.log(`browse  raw pg     ${fmt(res.rawBrowse!)}   (uncached SQL, for reference)`);
  console.log(`search  ours       ${fmt(res.oursSearch!)}`);
  console.log(`search  raw pg     ${fmt(res.rawSearch!)}`);
  const ratio = (a: number, b: number) => (b > 0 ? (a / b).toFixed(2) : 'n/a (no answer)');
  const b = ratio(res.oursBrowse!.rps, res.bareBrowse!.rps);
  const q = ratio(res.oursSearch!.rps, res.rawSearch!.rps);
  console.log(
    `browse ours / node:http = ${b} (target ≥ 0.5), p99 ${res.oursBrowse!.p99} ms (target ≤ 20)`,
  );
  console.log(`search ours / raw pg   = ${q} (target ≥ 0.8)`);
}

async function main() {
  if (process.argv.includes('--serve'))
    return serve(arg('serve', ''), arg('db-url', ''), arg('file', ''));
  const dbs = arg('dbs', 'fuwu_bench_mkt_01').split(',');
  const seconds = Number(arg('seconds', '5'));
  const rounds = Number(arg('rounds', '3'));
  const sets: Servers[] = [];
  for (const db of dbs) sets.push(await setUp(db));
  const load0 = os.loadavg()[0]!;
  // Every server of every data set runs at once (an idle one costs nothing) and the measurements
  // alternate round by round, across the data sets too, so a burst of load from elsewhere does
  // not land on one side of a ratio only; each figure is the median of its rounds.
  const runs = sets.map(() => ({}) as Record<string, Figures[]>);
  for (let round = 0; round < rounds; round++)
    for (const [i, s] of sets.entries())
      for (const [name, port, paths] of s.plan)
        (runs[i]![name] ??= []).push(await load(port, paths, seconds));
  for (const c of children) c.kill();
  const all = runs.map((r) =>
    Object.fromEntries(Object.entries(r).map(([k, v]) => [k, median(v)])),
  );
  console.log(`load average ${load0.toFixed(1)} → ${os.loadavg()[0]!.toFixed(1)}`);
  sets.forEach((s, i) => {
    report(s, all[i]!, seconds, rounds);
    const r = runs[i]!;
    console.log(`  per round: browse ${paired(r.oursBrowse!, r.bareBrowse!)}`);
    console.log(`  per round: search ${paired(r.oursSearch!, r.rawSearch!)}`);
  });
  if (all.length === 2) {
    const [small, large] = all as [Record<string, Figures>, Record<string, Figures>];
    const per = (k: string) =>
      large[k]!.rps > 0 ? (small[k]!.rps / large[k]!.rps).toFixed(2) : 'n/a (no answer)';
    console.log(
      `\n${dbs[1]} vs ${dbs[0]}, cost per request (req/s ratio): browse ${per('oursBrowse')}×, search ${per('oursSearch')}× (target ≤ 1.3); raw pg search ${per('rawSearch')}×; node:http ${per('bareBrowse')}×`,
    );
    const [a, b] = runs as [Record<string, Figures[]>, Record<string, Figures[]>];
    console.log(`  per round: search ${paired(a.oursSearch!, b.oursSearch!)}`);
    console.log(`  per round: raw pg search ${paired(a.rawSearch!, b.rawSearch!)}`);
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
