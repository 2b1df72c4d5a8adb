import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { type SQL } from 'drizzle-orm';
import { CHANNEL, migrationsFolder, rowsOf, type Database, type Db } from './db-core';

export {
  sql,
  and,
  or,
  eq,
  ne,
  gt,
  gte,
  lt,
  lte,
  desc,
  asc,
  inArray,
  notInArray,
  isNull,
  isNotNull,
  count,
  ilike,
} from 'drizzle-orm';
export type { SQL };

export type { Db, Tx, Executor, Database } from './db-core';
export { migrationsFolder, rowsOf } from './db-core';

/** PGlite has no lock on its folder: a second process would silently lose writes. */
function takeLock(dir: string): () => void {
  const lockFile = path.join(dir, 'fuwu.lock');
  try {
    const pid = Number(fs.readFileSync(lockFile, 'utf8'));
    if (pid && pid !== process.pid) {
      try {
        process.kill(pid, 0);
        throw new Error(
          `Another Fuwu process (pid ${pid}) is using ${dir}. PGlite allows one process per data folder; stop it or set DATABASE_URL.`,
        );
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'ESRCH') throw e;
      }
    }
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
  }
  fs.writeFileSync(lockFile, String(process.pid));
  return () => fs.rmSync(lockFile, { force: true });
}

/**
 * Postgres's stock 128 MB of shared buffers are set up at every PGlite start, a third of its
 * boot (1.1 s → 0.7 s with 32 MB on the 2-core bench machine, and ~100 MB less resident memory).
 * The embedded database is for one machine and modest data; large installs use PostgreSQL.
 */
const pgliteStartParams = [...PGlite.defaultStartParams, '-c', 'shared_buffers=32MB'];

/**
 * A copy of a folder tree, every file copied at once on libuv's thread pool: about 1,300 files
 * (mostly Postgres's small catalogue files) copy in a fraction of the time one-by-one copying
 * takes, and the main thread is free meanwhile.
 */
async function copyTree(from: string, to: string): Promise<void> {
  const files: string[] = [];
  const walk = (rel: string) => {
    fs.mkdirSync(path.join(to, rel), { recursive: true });
    for (const e of fs.readdirSync(path.join(from, rel), { withFileTypes: true })) {
      const r = path.join(rel, e.name);
      if (e.isDirectory()) walk(r);
      else files.push(r);
    }
  };
  walk('');
  await Promise.all(files.map((f) => fsp.copyFile(path.join(from, f), path.join(to, f))));
}

/**
 * A new PGlite folder starts as a copy of a ready data folder (src/server/pglite-template.ts)
 * instead of running initdb, only when its database folder is empty and a template fits. The
 * template's uploads (`files/`) are copied first, then its database to a sibling folder that is
 * renamed into place, so an interrupted copy never looks like a database.
 */
async function copyTemplateIfEmpty(
  findTemplate: () => string | undefined,
  dataDir: string,
  dir: string,
): Promise<void> {
  if (fs.readdirSync(dir).length > 0) return;
  const template = findTemplate();
  if (!template) return;
  const files = path.join(template, 'files');
  if (fs.existsSync(files)) await copyTree(files, path.join(dataDir, 'files'));
  const partial = `${dir}.partial`;
  fs.rmSync(partial, { recursive: true, force: true });
  await copyTree(path.join(template, 'pglite'), partial);
  fs.rmdirSync(dir);
  fs.renameSync(partial, dir);
}

export type OpenOptions =
  | { databaseUrl: string; poolSize?: number }
  | { pgliteDir: string; template?: () => string | undefined }
  | { pgliteDump: Blob }
  | { pgliteMemory: true };

export async function openDatabase(opts: OpenOptions): Promise<Database> {
  // PostgreSQL's driver (pg and drizzle's adapter for it, ~30-40 ms to load) only when used:
  // an embedded install never loads it.
  if ('databaseUrl' in opts) return (await import('./db-postgres')).openPostgres(opts);
  let client: PGlite;
  let release = () => {};
  if ('pgliteDir' in opts) {
    const dir = path.join(opts.pgliteDir, 'pglite');
    fs.mkdirSync(dir, { recursive: true });
    release = takeLock(opts.pgliteDir);
    if (opts.template) await copyTemplateIfEmpty(opts.template, opts.pgliteDir, dir);
    client = await PGlite.create(dir, { startParams: pgliteStartParams });
  } else if ('pgliteDump' in opts) {
    client = await PGlite.create({ loadDataDir: opts.pgliteDump });
  } else {
    client = await PGlite.create();
  }
  const db = drizzlePglite(client) as unknown as Db;
  return {
    kind: 'pglite',
    db,
    rows: (q, ex = db) => rowsOf(ex, q),
    migrate: () => migratePglite(drizzlePglite(client), { migrationsFolder }),
    dump: async () => (await client.dumpDataDir('gzip')) as Blob,
    // One process holds the embedded database, so its notifications cannot be lost.
    listen: async (channel, onNotify, onLive) => {
      if (!CHANNEL.test(channel)) throw new Error(`bad channel name ${channel}`);
      const unlisten = await client.listen(channel, onNotify);
      onLive(true);
      return async () => {
        onLive(false);
        await unlisten();
      };
    },
    close: async () => {
      await client.close();
      release();
    },
  };
}

/** A unique violation, on either driver. */
export function isUniqueViolation(e: unknown): boolean {
  const err = e as { code?: string; cause?: { code?: string } };
  return err?.code === '23505' || err?.cause?.code === '23505';
}

/** A CHECK constraint refused the write (e.g. a provider ledger account going below zero). */
export function isCheckViolation(e: unknown): boolean {
  const err = e as { code?: string; cause?: { code?: string } };
  return err?.code === '23514' || err?.cause?.code === '23514';
}
