import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/server/config';
import { makeContext, prepare, writePgliteTemplate } from '../src/server/bootstrap';
import { findTemplate, templateKey } from '../src/server/pglite-template';
import { ensureCookieSecret } from '../src/server/modules/policy';
import { openDatabase, sql, type Database } from '../src/server/platform/db';

// A template built by this code into a temporary root (what scripts/ensure-web.mjs does into
// dist/pglite-template), and data folders that start from it. PGlite only, whatever DATABASE_URL.
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'fuwu-template-'));
const root = path.join(tmp, 'templates');
const open = (name: string) =>
  openDatabase({ pgliteDir: path.join(tmp, name), template: () => findTemplate(root) });
const names = async (db: Database, table: string) =>
  (
    await db.rows<{ n: string }>(
      sql.raw(`select ${table === 'boot_steps' ? 'step' : 'name'} as n from ${table} order by 1`),
    )
  ).map((r) => r.n);

beforeAll(async () => {
  fs.mkdirSync(root);
  // A template of another version, which writing the current one removes.
  fs.mkdirSync(path.join(root, 'stale-key'));
  await writePgliteTemplate(root);
}, 300_000);
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe('PGlite template for new data folders', () => {
  it('is keyed on this code, holds schema and seed data but no secrets, and replaces older ones', async () => {
    expect(fs.readdirSync(root)).toEqual([templateKey()]);
    expect(findTemplate(root)).toBe(path.join(root, templateKey()));
    const db = await open('inspect');
    try {
      expect(await names(db, 'boot_steps')).toEqual(['calendar', 'catalog', 'migrations']);
      expect(await names(db, 'app_secrets')).toEqual([]);
      const [{ n }] = await db.rows<{ n: number }>(sql`select count(*)::int as n from categories`);
      expect(n).toBeGreaterThan(0);
    } finally {
      await db.close();
    }
  });

  it('gives every new folder its own secrets and runs only the steps the template lacks', async () => {
    const secrets: string[] = [];
    for (const name of ['install-a', 'install-b']) {
      const db = await open(name);
      try {
        const ctx = makeContext(loadConfig({ FUWU_DATA_DIR: path.join(tmp, name) }), db);
        expect((await prepare(ctx)).ran).toEqual(['policy', 'demo']);
        secrets.push(await ensureCookieSecret(ctx));
      } finally {
        await db.close();
      }
    }
    expect(secrets[0]).not.toBe(secrets[1]);
  });

  it('is never copied over a folder that already has a database', async () => {
    const db = await open('install-a');
    try {
      // install-a made its secret above; a copy of the template would have none.
      expect(await names(db, 'app_secrets')).toEqual(['cookie']);
    } finally {
      await db.close();
    }
  });

  it('is not used when none matches this code', () => {
    const other = path.join(tmp, 'other-root');
    fs.mkdirSync(path.join(other, 'some-older-key'), { recursive: true });
    fs.writeFileSync(path.join(other, 'some-older-key', 'PG_VERSION'), '17\n');
    expect(findTemplate(other)).toBeUndefined();
  });
});
