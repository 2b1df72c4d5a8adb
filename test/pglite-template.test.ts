import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/server/app';
import { loadConfig, type Config } from '../src/server/config';
import { makeContext, prepare, writePgliteTemplate } from '../src/server/bootstrap';
import { DEMO } from '../src/server/flows/seed-demo';
import { baseTemplateKey, demoTemplateKey, findTemplate } from '../src/server/pglite-template';
import { TestClock } from '../src/server/platform/clock';
import { openDatabase, sql, type Database } from '../src/server/platform/db';
import { signInAccount, signInOperator, type TestEnv } from './helpers';
import { otherTimeColumns, snapshot, timeRange } from './template-helpers';

// Templates built by this code into a temporary root (what scripts/ensure-web.mjs does into
// dist/pglite-template), and data folders that start from them. PGlite only, whatever
// DATABASE_URL says.
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'fuwu-template-'));
const root = path.join(tmp, 'templates');
const cfg = (name: string, env: Record<string, string> = {}): Config =>
  loadConfig({ FUWU_DATA_DIR: path.join(tmp, name), FUWU_LOG_LEVEL: 'silent', ...env });
// The templates are made at 10:00 in Shanghai; the folders start at 15:00 the same day (a later
// day would start from the base template: see the first test). Moving the templates' times to the
// first start is what makes their data read as made at 15:00.
const made = new Date('2026-12-07T02:00:00Z');
const firstStart = new Date('2026-12-07T07:00:00Z');
/** A data folder as `npm start` opens it; `as` picks the template (default: its own config's). */
const open = (config: Config, as = config) =>
  openDatabase({ pgliteDir: config.dataDir, template: () => findTemplate(as, root, firstStart) });
const names = async (db: Database, table: string) =>
  (
    await db.rows<{ n: string }>(
      sql.raw(`select ${table === 'boot_steps' ? 'step' : 'name'} as n from ${table} order by 1`),
    )
  ).map((r) => r.n);
const count = async (db: Database, table: string) =>
  (await db.rows<{ n: number }>(sql.raw(`select count(*)::int as n from ${table}`)))[0].n;

const opened: Array<{ close(): Promise<void> }> = [];
/** The first start of a data folder: open (copying a template if it fits), prepare, build the app. */
async function start(config: Config, as = config) {
  const database = await open(config, as);
  const clock = new TestClock(firstStart);
  const ctx = makeContext(config, database, clock);
  const { ran } = await prepare(ctx);
  const app = await buildApp(ctx);
  await app.ready();
  const env: TestEnv = {
    app,
    ctx,
    clock,
    close: async () => {
      await app.close();
      await database.close();
    },
  };
  opened.push(env);
  return { env, ran, database };
}

let keys: string[];
beforeAll(async () => {
  fs.mkdirSync(root);
  // A template of another version, which writing the current ones removes.
  fs.mkdirSync(path.join(root, 'base-stale-key'));
  keys = await writePgliteTemplate(root, new TestClock(made));
}, 300_000);
afterAll(async () => {
  for (const env of opened) await env.close();
  fs.rmSync(tmp, { recursive: true, force: true });
});

describe('PGlite templates for new data folders', () => {
  it('are keyed on this code and configuration and replace older ones', () => {
    const [base, demo] = keys;
    expect(base).toBe(baseTemplateKey());
    expect(demo).toBe(demoTemplateKey(cfg('any')));
    expect(fs.readdirSync(root).sort()).toEqual([base, demo].sort());
    expect(findTemplate(cfg('any'), root, firstStart)).toBe(path.join(root, demo));
    // Configurations the demo template was not seeded for start from the base one, and so does
    // a first start on another day than the one the template was made.
    for (const env of <Record<string, string>[]>[
      { FUWU_SEED_DEMO: 'false' },
      { FUWU_POLICY: 'xiaohongshu' },
      { FUWU_MAX_UPLOAD_BYTES: '1000' },
    ])
      expect(findTemplate(cfg('any', env), root, firstStart)).toBe(path.join(root, base));
    for (const now of ['2026-12-07T16:00:00Z', '2026-12-08T02:00:00Z', '2026-12-07T01:00:00Z'])
      expect(findTemplate(cfg('any'), root, new Date(now)), now).toBe(path.join(root, base));
    expect(findTemplate(cfg('any'), root, new Date('2026-12-07T15:59:59Z'))).toBe(
      path.join(root, demo),
    );
  });

  it('hold schema and seed data but no secret, session or app of any install', async () => {
    for (const [name, as, steps] of [
      [
        'inspect-base',
        cfg('x', { FUWU_SEED_DEMO: 'false' }),
        ['calendar', 'catalog', 'migrations'],
      ],
      ['inspect-demo', cfg('x'), ['calendar', 'catalog', 'demo', 'migrations', 'policy']],
    ] as const) {
      const db = await open(cfg(name), as);
      try {
        expect(await names(db, 'boot_steps')).toEqual([...steps, 'template-made-at'].sort());
        expect(await count(db, 'categories')).toBeGreaterThan(0);
        for (const table of ['app_secrets', 'sessions', 'sms_codes', 'apps', 'oauth_tokens'])
          expect(await count(db, table)).toBe(0);
        // Only the database PGlite opens: template0/template1 are not copied into every folder.
        expect(
          (await db.rows<{ d: string }>(sql`select datname as d from pg_database`)).map((r) => r.d),
        ).toEqual(['postgres']);
        expect(fs.readdirSync(path.join(cfg(name).dataDir, 'pglite', 'base'))).toHaveLength(1);
      } finally {
        await db.close();
      }
    }
  });
});

describe('a data folder started from the demo template', () => {
  let normal: Awaited<ReturnType<typeof start>>;
  let fromDemo: Awaited<ReturnType<typeof start>>;
  beforeAll(async () => {
    normal = await start(cfg('normal'), cfg('x', { FUWU_SEED_DEMO: 'false' }));
    fromDemo = await start(cfg('demo-a'));
  }, 300_000);

  it('equals one seeded the normal way, dated at its own first start', async () => {
    // Every time column is one the first start moves (a date column would need a decision).
    expect(await otherTimeColumns(normal.database)).toEqual([]);
    expect(normal.ran).toEqual(['template times', 'policy', 'demo']);
    expect(fromDemo.ran).toEqual(['template times']);
    expect(await snapshot(fromDemo.database)).toEqual(await snapshot(normal.database));
    for (const db of [normal.database, fromDemo.database]) {
      const { min, max } = await timeRange(db);
      // The data reads as made at the first start, not when the template was made.
      expect(min).toBe(firstStart.getTime());
      expect(max).toBe(firstStart.getTime());
    }
    const uploads = (c: Config) =>
      fs.readdirSync(path.join(c.dataDir, 'files/uploads'), { recursive: true }).length;
    expect(uploads(cfg('demo-a'))).toBe(uploads(cfg('normal')));
  });

  it('has working demo sign-ins and the demo service', async () => {
    const env = fromDemo.env;
    const op = await signInOperator(env);
    expect(JSON.stringify(await op.session())).toContain(DEMO.operator.username);
    const provider = await signInAccount(env, DEMO.provider.mobile);
    expect((await provider.get('/api/provider/services')).statusCode).toBe(200);
    await signInAccount(env, DEMO.pendingProvider.mobile);
    await signInAccount(env, DEMO.merchant.mobile, 'merchant');
    const { items } = (await env.app.inject({ url: '/api/market/search' })).json();
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ name: '云帆旗舰店装修', providerName: DEMO.provider.company });
    const image = await env.app.inject({ url: items[0].mainImageUrl });
    expect(image.statusCode).toBe(200);
    expect(image.headers['content-type']).toBe('image/jpeg');
  });

  it('makes its own secrets: two folders share none', async () => {
    const other = await start(cfg('demo-b'));
    const secrets = async (db: Database) =>
      new Map(
        (
          await db.rows<{ name: string; value: string }>(sql`select name, value from app_secrets`)
        ).map((r) => [r.name, r.value]),
      );
    const [a, b] = [await secrets(fromDemo.database), await secrets(other.database)];
    expect([...a.keys()].sort()).toEqual(['cookie', 'sandbox_gateway_rsa']);
    expect([...b.keys()].sort()).toEqual([...a.keys()].sort());
    for (const [name, value] of a) expect(b.get(name), name).not.toBe(value);
    await other.env.close();
    opened.splice(opened.indexOf(other.env), 1);
  });

  it('leaves the move of its times to the caller when asked (npm start: just before listening)', async () => {
    const database = await open(cfg('demo-c'));
    try {
      const ctx = makeContext(cfg('demo-c'), database, new TestClock(firstStart));
      const { ran, finish } = await prepare(ctx, { later: true });
      expect(ran).toEqual(['template times']);
      expect((await timeRange(database)).max).toBe(made.getTime());
      await finish();
      expect(await timeRange(database)).toEqual({
        min: firstStart.getTime(),
        max: firstStart.getTime(),
      });
      expect((await prepare(ctx)).ran).toEqual([]);
    } finally {
      await database.close();
    }
  });

  it('is never copied over a folder that already has a database', async () => {
    // demo-b made its secrets above; a copy of the template would have none.
    const db = await open(cfg('demo-b'));
    try {
      expect(await names(db, 'app_secrets')).toEqual(['cookie', 'sandbox_gateway_rsa']);
    } finally {
      await db.close();
    }
  });

  it('is not used when none matches this code', () => {
    const other = path.join(tmp, 'other-root');
    fs.mkdirSync(path.join(other, 'base-some-older-key', 'pglite'), { recursive: true });
    fs.writeFileSync(path.join(other, 'base-some-older-key', 'pglite', 'PG_VERSION'), '17\n');
    expect(findTemplate(cfg('any'), other, firstStart)).toBeUndefined();
    // A demo configuration with only the base template for this code starts from that.
    fs.cpSync(path.join(root, keys[0]), path.join(other, keys[0]), { recursive: true });
    expect(findTemplate(cfg('any'), other, firstStart)).toBe(path.join(other, keys[0]));
  });
});
