import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { buildApp } from '../src/server/app';
import { loadConfig, type Config } from '../src/server/config';
import { TestClock } from '../src/server/platform/clock';
import type { AppContext } from '../src/server/platform/context';
import { openDatabase, sql, type Database } from '../src/server/platform/db';
import { folderStorage } from '../src/server/platform/storage';
import { prepare } from '../src/server/bootstrap';
import { totpNow } from '../src/server/modules/accounts';
import { DEMO } from '../src/server/flows/seed-demo';

export type TestEnv = {
  app: FastifyInstance;
  ctx: AppContext;
  clock: TestClock;
  close(): Promise<void>;
};

/** A fresh database for one test file: PGlite from the migrated dump, or a clone of the PostgreSQL template. */
async function freshDatabase(): Promise<{ database: Database; drop: () => Promise<void> }> {
  const url = process.env.DATABASE_URL;
  if (!url) {
    const bytes = fs.readFileSync(inject('pgliteDump'));
    const database = await openDatabase({ pgliteDump: new Blob([bytes]) });
    return { database, drop: async () => {} };
  }
  const name = `${new URL(url).pathname.slice(1)}_t_${randomBytes(5).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create database "${name}" template "${inject('pgTemplate')}"`);
  await admin.end();
  const u = new URL(url);
  u.pathname = `/${name}`;
  const database = await openDatabase({ databaseUrl: u.toString(), poolSize: 20 });
  return {
    database,
    drop: async () => {
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      // pool.end() resolves before its sockets close; forcing the drop while they are still
      // closing kills them with an error nobody listens to. Give them up to 2 s to go.
      for (let i = 0; i < 40; i++) {
        const { rows } = await c.query(
          'select count(*)::int as n from pg_stat_activity where datname = $1',
          [name],
        );
        if (rows[0].n === 0) break;
        await new Promise((r) => setTimeout(r, 50));
      }
      await c.query(`drop database if exists "${name}" with (force)`);
      await c.end();
    },
  };
}

export async function createTestEnv(
  opts: { policy?: 'kuaishou' | 'xiaohongshu'; config?: Partial<Config>; now?: string } = {},
): Promise<TestEnv> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'fuwu-test-'));
  const config: Config = {
    ...loadConfig({
      FUWU_POLICY: opts.policy ?? 'kuaishou',
      FUWU_DATA_DIR: dataDir,
      FUWU_LOG_LEVEL: 'silent',
    }),
    ...opts.config,
  };
  const { database, drop } = await freshDatabase();
  const clock = new TestClock(opts.now ?? '2026-11-25T02:00:00Z');
  const ctx: AppContext = {
    config,
    database,
    db: database.db,
    clock,
    storage: folderStorage(path.join(dataDir, 'files')),
  };
  await prepare(ctx);
  const app = await buildApp(ctx);
  await app.ready();
  // PGlite runs one transaction at a time: a query outside an open transaction waits forever and
  // the event loop drains. Keep it alive so such a deadlock fails as a test timeout, loudly.
  const keepAlive = setInterval(() => {}, 1 << 30);
  return {
    app,
    ctx,
    clock,
    close: async () => {
      clearInterval(keepAlive);
      await app.close();
      await database.close();
      await drop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * A second app instance's context on the test file's database: on PostgreSQL its own pool of
 * `poolSize` connections, on PGlite (one in-process database) the same one.
 */
export async function secondInstance(
  env: TestEnv,
  poolSize = 10,
): Promise<{ ctx: AppContext; close(): Promise<void> }> {
  const url = process.env.DATABASE_URL;
  if (!url) return { ctx: { ...env.ctx }, close: async () => {} };
  const [{ db }] = await env.ctx.database.rows<{ db: string }>(
    sql`select current_database() as db`,
  );
  const u = new URL(url);
  u.pathname = `/${db}`;
  const database = await openDatabase({ databaseUrl: u.toString(), poolSize });
  return { ctx: { ...env.ctx, database, db: database.db }, close: () => database.close() };
}

/** A browser-like client: keeps cookies, sends the CSRF token, speaks a language. */
export class Agent {
  private cookies = new Map<string, string>();
  csrf = '';
  constructor(
    private app: FastifyInstance,
    public lang = 'zh-CN',
  ) {}

  async request(opts: InjectOptions & { csrf?: boolean }): Promise<LightMyRequestResponse> {
    const headers: Record<string, string> = {
      'accept-language': this.lang,
      ...(opts.headers as Record<string, string>),
    };
    if (this.cookies.size)
      headers.cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    if (opts.csrf !== false && this.csrf && opts.method && opts.method !== 'GET')
      headers['x-csrf-token'] = this.csrf;
    const res = await this.app.inject({ ...opts, headers });
    for (const c of res.cookies as Array<{
      name: string;
      value: string;
      expires?: Date;
      maxAge?: number;
    }>) {
      if (c.value === '' || c.maxAge === 0 || (c.expires && c.expires.getTime() < 86_400_000))
        this.cookies.delete(c.name);
      else this.cookies.set(c.name, c.value);
    }
    return res;
  }
  async session() {
    const res = await this.request({ method: 'GET', url: '/api/session' });
    this.csrf = res.json().csrfToken;
    return res.json();
  }
  get = (url: string) => this.request({ method: 'GET', url });
  post = (url: string, payload?: unknown) =>
    this.request({ method: 'POST', url, payload: payload as object });
  put = (url: string, payload?: unknown) =>
    this.request({ method: 'PUT', url, payload: payload as object });
  cookie(name: string) {
    return this.cookies.get(name);
  }
}

/** The newest SMS text sent to a number, read from the outbox as an operator would. */
/** The newest SMS to `mobile` (after outbox sequence `afterSeq` when given), or ''. */
export async function lastSms(ctx: AppContext, mobile: string, afterSeq = 0): Promise<string> {
  const rows = await ctx.database.rows<{ body: string }>(
    sql`select body from outbox_messages where recipient = ${mobile} and channel = 'sms' and seq > ${afterSeq} order by seq desc limit 1`,
  );
  return rows[0]?.body ?? '';
}

export const codeIn = (text: string) => /(\d{6})/.exec(text)?.[1] ?? '';

export async function signInAccount(
  env: TestEnv,
  mobile: string,
  role: 'provider' | 'merchant' = 'provider',
) {
  const agent = new Agent(env.app);
  await agent.session();
  const sent = await agent.post('/api/auth/sms/send', { mobile, role });
  if (sent.statusCode !== 200) throw new Error(`sms send failed: ${sent.body}`);
  const code = codeIn(await lastSms(env.ctx, mobile));
  const res = await agent.post('/api/auth/sms/verify', { mobile, code, role });
  if (res.statusCode !== 200) throw new Error(`sign-in failed: ${res.body}`);
  await agent.session();
  return agent;
}

export async function signInOperator(env: TestEnv) {
  const agent = new Agent(env.app);
  await agent.session();
  const res = await agent.post('/api/auth/operator/login', {
    username: DEMO.operator.username,
    password: DEMO.operator.password,
    totp: totpNow(DEMO.operator.totpSecret, env.clock.now()),
  });
  if (res.statusCode !== 200) throw new Error(`operator sign-in failed: ${res.body}`);
  await agent.session();
  return agent;
}
