import { sql, type Database } from '../src/server/platform/db';

/** Every base table of the public schema with its `timestamptz` columns. */
export async function tablesWithTimes(db: Database) {
  const rows = await db.rows<{ table_name: string; cols: string[] | null }>(sql`
    select t.table_name,
      array_agg(c.column_name::text order by c.column_name)
        filter (where c.data_type = 'timestamp with time zone') as cols
    from information_schema.tables t
    join information_schema.columns c using (table_schema, table_name)
    where t.table_schema = 'public' and t.table_type = 'BASE TABLE'
    group by t.table_name order by t.table_name`);
  return rows.map((r) => ({ table: r.table_name, times: r.cols ?? [] }));
}

/** Date or time columns of the public schema that are not `timestamptz`. */
export async function otherTimeColumns(db: Database) {
  const rows = await db.rows<{ col: string }>(sql`
    select table_name || '.' || column_name as col from information_schema.columns
    where table_schema = 'public' and (data_type like '%date%' or data_type like '%time%'
      or data_type like 'interval%') and data_type <> 'timestamp with time zone'`);
  return rows.map((r) => r.col);
}

/** The earliest and latest timestamp in any row of the public schema, as epoch ms. */
export async function timeRange(db: Database) {
  let min = Infinity;
  let max = -Infinity;
  for (const { table, times } of await tablesWithTimes(db)) {
    for (const col of times) {
      const [r] = await db.rows<{ lo: number | null; hi: number | null }>(
        sql.raw(
          `select (extract(epoch from min("${col}")) * 1000)::float8 as lo,
                  (extract(epoch from max("${col}")) * 1000)::float8 as hi from "${table}"`,
        ),
      );
      if (r.lo !== null) min = Math.min(min, r.lo);
      if (r.hi !== null) max = Math.max(max, r.hi);
    }
  }
  return { min, max };
}

/**
 * Every row of every public table as JSON, with what differs between two equal seedings masked:
 * generated ids (`acc_…`, also inside storage keys and texts), timestamps, password hashes (random
 * salt), voucher numbers (random) and upload years in storage keys. Rows sorted, so two databases
 * seeded the same way give the same snapshot whatever their ids and times. Not `app_secrets`: each
 * install's own (the tests compare them on their own).
 */
export async function snapshot(db: Database): Promise<Record<string, string[]>> {
  const out: Record<string, string[]> = {};
  for (const { table } of await tablesWithTimes(db)) {
    if (table === 'app_secrets') continue;
    const rows = await db.rows<{ j: string }>(
      sql.raw(`select row_to_json(t)::text as j from "${table}" t`),
    );
    out[table] = rows
      .map((r) =>
        r.j
          .replace(/\b[a-z]{2,5}_[0-9a-hjkmnp-tv-z]{16}\b/g, '<id>')
          .replace(/\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?([+-]\d\d:\d\d|Z)?/g, '<time>')
          .replace(/scrypt\$[^"]+/g, '<password hash>')
          .replace(/"voucher_code":"[0-9A-Z]+"/g, '"voucher_code":"<voucher no>"')
          .replace(/uploads\/\d{4}\//g, 'uploads/<year>/'),
      )
      .sort();
  }
  return out;
}
