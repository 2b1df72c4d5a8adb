import { bootSteps } from './boot.tables';
import { eq, rowsOf, sql, type Db, type Executor } from './db';

/** step → fingerprint; empty when the table does not exist yet (a database before migrations). */
export async function readBootSteps(ex: Executor): Promise<Map<string, string>> {
  try {
    const rows = await ex.select().from(bootSteps);
    return new Map(rows.map((r) => [r.step, r.fingerprint]));
  } catch (e) {
    const err = e as { code?: string; cause?: { code?: string } };
    if ((err.code ?? err.cause?.code) === '42P01') return new Map(); // undefined_table
    throw e;
  }
}

export async function recordBootStep(ex: Executor, step: string, fingerprint: string, at: Date) {
  await ex
    .insert(bootSteps)
    .values({ step, fingerprint, doneAt: at })
    .onConflictDoUpdate({ target: bootSteps.step, set: { fingerprint, doneAt: at } });
}

/**
 * The `boot_steps` row a PGlite template carries (src/server/pglite-template.ts): its fingerprint
 * is when the template's data was made (ms since the epoch) and the tables holding rows with
 * timestamps, `1733536800000 accounts,audit_logs,…`.
 */
export const TEMPLATE_MADE_AT = 'template-made-at';

/** `timestamptz` columns of the public schema's tables, `table → "a" = "a" + shift, …`. */
async function timeColumns(ex: Executor, shiftMs: number): Promise<Map<string, string>> {
  const shift = `interval '${shiftMs} milliseconds'`;
  const rows = await rowsOf<{ t: string; sets: string }>(
    ex,
    sql`
    select c.relname as t, string_agg(format('%1$I = %1$I + %2$s', a.attname, ${shift}::text), ', ') as sets
      from pg_attribute a
      join pg_class c on c.oid = a.attrelid
      join pg_namespace n on n.oid = c.relnamespace
     where n.nspname = 'public' and c.relkind = 'r' and a.attnum > 0 and not a.attisdropped
       and a.atttypid = 'timestamptz'::regtype
     group by c.relname`,
  );
  return new Map(rows.map((r) => [r.t, r.sets]));
}

/** Marks a database as a template made at `at`, naming the tables whose times a copy moves. */
export async function markTemplate(db: Db, at: Date) {
  const tables: string[] = [];
  for (const t of (await timeColumns(db, 0)).keys()) {
    const [r] = await rowsOf<{ e: boolean }>(
      db,
      sql.raw(`select exists (select 1 from "${t}") as e`),
    );
    if (r?.e) tables.push(t);
  }
  await recordBootStep(db, TEMPLATE_MADE_AT, `${at.getTime()} ${tables.sort().join(',')}`, at);
}

/**
 * A data folder copied from a template, at its first start: moves every timestamp of the tables
 * the mark names from when the template was made to `now`, and drops the mark, in one
 * transaction. Every time column is `timestamptz` (test/pglite-template.test.ts checks that no
 * other kind appears unnoticed). The data then reads as made just before this start. Only the
 * tables with rows: touching a table costs ~10 ms on a just-opened PGlite (its catalogue entries
 * and indexes are read for the first time), 51 tables ~0.7 s of CPU against ~0.45 s for 23.
 * Triggers are off for it: the append-only ones (audit, ledger, frozen versions) guard against
 * the product changing history, and this is the install's own history placed at the install's
 * own time before anything is served.
 * It yields to the event loop between tables: PGlite runs each statement synchronously on the main
 * thread, and a chain of statements awaited one after the other never lets a timer or a request
 * through, so `npm start` could neither finish listening nor send the first page's static files
 * until the whole move was done (~0.3-0.4 s of CPU). Between tables they can; every query waits
 * for this transaction all the same (PGlite runs one at a time, a transaction's whole body first).
 */
export async function rebaseTemplateTimes(db: Db, mark: string, now: Date) {
  const [madeAt, list = ''] = mark.split(' ');
  const shiftMs = now.getTime() - Number(madeAt);
  if (!Number.isSafeInteger(shiftMs)) throw new Error(`bad template mark ${mark}`);
  const tables = new Set(list.split(',').filter(Boolean));
  await db.transaction(async (tx) => {
    await tx.execute(sql`set local session_replication_role = replica`);
    for (const [t, sets] of await timeColumns(tx, shiftMs)) {
      if (!tables.has(t)) continue;
      await new Promise((resolve) => setImmediate(resolve));
      await tx.execute(sql.raw(`update "${t}" set ${sets}`));
    }
    await tx.delete(bootSteps).where(eq(bootSteps.step, TEMPLATE_MADE_AT));
  });
}

/**
 * Drops the `template0` and `template1` databases from a PGlite template: PGlite only ever opens
 * `postgres`, and they were half the files a new data folder copies (1,281 → 682, 42 → 27 MB).
 * What a copy cannot do any more is `CREATE DATABASE` (it needs `template1`), which nothing here
 * does on PGlite. Dropped the proper way, so the catalogue and the folder agree.
 */
export async function dropTemplateDatabases(db: Db) {
  const found = await rowsOf<{ datname: string }>(
    db,
    sql`select datname from pg_database where datname in ('template0', 'template1')`,
  );
  for (const { datname } of found) {
    await db.execute(sql.raw(`alter database "${datname}" is_template false`));
    await db.execute(sql.raw(`drop database "${datname}"`));
  }
}
