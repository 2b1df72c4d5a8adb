import { integer, text, type PgTable } from 'drizzle-orm/pg-core';
import { rowsOf, sql, type Executor } from './db';
import { ts } from './columns.tables';

/**
 * The columns every one-time SMS code table shares (sign-in codes, certification codes): only a
 * hash of the code is kept, and a code is live until it is used once or burned after too many
 * wrong tries. The two updates below rely on these column names.
 */
export const oneTimeCodeColumns = () => ({
  /** Hash of the code (bound to whatever it confirms). */
  codeHash: text('code_hash').notNull(),
  createdAt: ts('created_at').notNull(),
  expiresAt: ts('expires_at').notNull(),
  attempts: integer('attempts').notNull().default(0),
  usedAt: ts('used_at'),
  burnedAt: ts('burned_at'),
});

type CodeTable = PgTable & { codeHash: unknown; attempts: unknown; burnedAt: unknown };

/** Counts a wrong try; burns the code at `maxAttempts`. Returns the attempts after this one. */
export async function countWrongTry(
  ex: Executor,
  table: CodeTable,
  id: string,
  maxAttempts: number,
  now: Date,
): Promise<number> {
  const [row] = await rowsOf<{ attempts: number }>(
    ex,
    sql`
    update ${table}
       set attempts = attempts + 1,
           burned_at = case when attempts + 1 >= ${maxAttempts}
                            then ${now.toISOString()}::timestamptz else null end
     where id = ${id} and used_at is null and burned_at is null
    returning attempts`,
  );
  return row?.attempts ?? maxAttempts;
}

/** Marks a code used, once: a concurrent second use finds nothing to update. */
export async function useOneTimeCode(
  ex: Executor,
  table: CodeTable,
  id: string,
  now: Date,
): Promise<boolean> {
  const used = await rowsOf(
    ex,
    sql`
    update ${table} set used_at = ${now.toISOString()}::timestamptz
     where id = ${id} and used_at is null and burned_at is null
    returning id`,
  );
  return used.length === 1;
}
