/**
 * What both database drivers share (db.ts: PGlite, db-postgres.ts: PostgreSQL): the types every
 * repo uses, the migrations folder and raw rows.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SQL } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from 'drizzle-orm/pg-core';
import type { ExtractTablesWithRelations } from 'drizzle-orm';

export type Db = PgDatabase<PgQueryResultHKT, Record<string, never>>;
export type Tx = PgTransaction<
  PgQueryResultHKT,
  Record<string, never>,
  ExtractTablesWithRelations<Record<string, never>>
>;
/** Anything a repo can run a query on: the database or an open transaction. */
export type Executor = Db | Tx;

export type Database = {
  kind: 'pglite' | 'postgres';
  db: Db;
  /** Rows of a raw statement, on either driver. */
  rows<T>(query: SQL, ex?: Executor): Promise<T[]>;
  /** Applies migrations; on PostgreSQL under an advisory lock so two instances can start together. */
  migrate(): Promise<void>;
  /** PGlite only: the whole database as a tarball, to load into another in-memory instance. */
  dump?: () => Promise<Blob>;
  /**
   * LISTEN on a channel (NOTIFY is delivered after the sending transaction commits). `onLive`
   * says whether notifications can arrive right now: false while the PostgreSQL connection is
   * lost (it reconnects every second) and true again once LISTEN is back, after which the caller
   * must re-read whatever it follows, since notifications in between are gone. Returns `stop`.
   */
  listen(
    channel: string,
    onNotify: (payload: string) => void,
    onLive: (live: boolean) => void,
  ): Promise<() => Promise<void>>;
  close(): Promise<void>;
};

export const migrationsFolder = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../../drizzle',
);

export async function rowsOf<T>(ex: Executor, query: SQL): Promise<T[]> {
  const res = (await ex.execute(query)) as unknown as { rows: T[] };
  return res.rows;
}

export const CHANNEL = /^[a-z_][a-z0-9_]*$/;
