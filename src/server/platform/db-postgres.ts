/**
 * The PostgreSQL side of `openDatabase` (DATABASE_URL), in its own module so that an install on
 * PGlite never loads the pg driver and drizzle's adapter for it.
 */
import pg from 'pg';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import { CHANNEL, migrationsFolder, rowsOf, type Database, type Db } from './db-core';

/** A dedicated connection per channel (a pooled one would lose LISTEN when it is reused). */
async function listenPg(
  url: string,
  channel: string,
  onNotify: (payload: string) => void,
  onLive: (live: boolean) => void,
  listeners: Set<() => Promise<void>>,
) {
  if (!CHANNEL.test(channel)) throw new Error(`bad channel name ${channel}`);
  let current: pg.Client | null = null;
  let stopped = false;
  let retry: NodeJS.Timeout | null = null;
  const again = () => {
    if (stopped || retry) return;
    retry = setTimeout(() => {
      retry = null;
      void connect();
    }, 1000);
    retry.unref();
  };
  const connect = async () => {
    const c = new pg.Client({ connectionString: url });
    c.on('error', () => {}); // followed by 'end'
    c.on('end', () => {
      if (current !== c) return;
      current = null;
      onLive(false);
      again();
    });
    c.on('notification', (m) => m.channel === channel && onNotify(m.payload ?? ''));
    try {
      await c.connect();
      await c.query(`listen ${channel}`);
      if (stopped) return void (await c.end());
      current = c;
      onLive(true);
    } catch {
      await c.end().catch(() => {});
      again();
    }
  };
  const stop = async () => {
    stopped = true;
    listeners.delete(stop);
    if (retry) clearTimeout(retry);
    const c = current;
    current = null;
    onLive(false);
    await c?.end().catch(() => {});
  };
  listeners.add(stop);
  await connect();
  return stop;
}

export async function openPostgres(opts: {
  databaseUrl: string;
  poolSize?: number;
}): Promise<Database> {
  const listeners = new Set<() => Promise<void>>();
  const pool = new pg.Pool({ connectionString: opts.databaseUrl, max: opts.poolSize ?? 10 });
  // An idle connection the server ends (restart, admin command) is dropped from the pool and
  // replaced on the next query; without a listener that event would crash the process.
  pool.on('error', () => {});
  const db = drizzlePg(pool) as unknown as Db;
  return {
    kind: 'postgres',
    db,
    rows: (q, ex = db) => rowsOf(ex, q),
    migrate: async () => {
      const client = new pg.Client({ connectionString: opts.databaseUrl });
      await client.connect();
      try {
        await client.query('select pg_advisory_lock(827361)');
        await migratePg(drizzlePg(client), { migrationsFolder });
      } finally {
        await client.end();
      }
    },
    listen: (channel, onNotify, onLive) =>
      listenPg(opts.databaseUrl, channel, onNotify, onLive, listeners),
    close: async () => {
      await Promise.all([...listeners].map((stop) => stop()));
      await pool.end();
    },
  };
}
