import { bootSteps } from './boot.tables';
import { eq, sql, type Db, type Executor } from './db';

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
 * is the time, in ms since the epoch, at which the template's data was made.
 */
export const TEMPLATE_MADE_AT = 'template-made-at';

/**
 * A data folder copied from a template, at its first start: moves every timestamp in the public
 * schema by `shiftMs` (from when the template was made to now) and drops the marker, in one
 * transaction (every time column is `timestamptz`; test/pglite-template.test.ts checks that no
 * other kind appears unnoticed). The data then reads as made just before this start — deadlines, review dates and
 * the audit trail count from the real first start. Triggers are off for it: the append-only ones
 * (audit, ledger, frozen versions) guard against the product changing history, and this is the
 * install's own history being placed at the install's own time before anything is served.
 */
export async function rebaseTemplateTimes(db: Db, shiftMs: number) {
  const ms = Math.round(shiftMs);
  if (!Number.isSafeInteger(ms)) throw new Error(`bad template time shift ${shiftMs}`);
  await db.transaction(async (tx) => {
    await tx.execute(sql`set local session_replication_role = replica`);
    await tx.execute(
      sql.raw(`do $$
declare t record;
begin
  for t in
    select c.table_name, string_agg(format('%1$I = %1$I + interval ''${ms} milliseconds''', c.column_name), ', ') as sets
    from information_schema.columns c
    join information_schema.tables tb on tb.table_schema = c.table_schema and tb.table_name = c.table_name
    where c.table_schema = 'public' and tb.table_type = 'BASE TABLE'
      and c.data_type = 'timestamp with time zone'
    group by c.table_name
  loop
    execute format('update %I set %s', t.table_name, t.sets);
  end loop;
end $$`),
    );
    await tx.delete(bootSteps).where(eq(bootSteps.step, TEMPLATE_MADE_AT));
  });
}
