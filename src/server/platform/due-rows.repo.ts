import type { PgTable } from 'drizzle-orm/pg-core';
import { sql, type Database } from './db';

/**
 * Claims up to `limit` due rows of a send queue (a table with `status`, `next_attempt_at`,
 * `attempts` and `seq`, like the SMS/email outbox and the webhook deliveries): pending rows
 * whose time has come, oldest first. `FOR UPDATE SKIP LOCKED` lets several instances poll the
 * same table without sending a row twice; the claim is a lease (`next_attempt_at` moves to
 * `now + leaseMs`) that expires if the sender dies, and it counts the attempt.
 */
export async function claimDueRows(
  database: Database,
  table: PgTable,
  now: Date,
  leaseMs: number,
  limit: number,
) {
  const lease = new Date(now.getTime() + leaseMs);
  return database.rows<{ id: string }>(sql`
    update ${table} set next_attempt_at = ${lease.toISOString()}::timestamptz,
      attempts = attempts + 1
    where id in (
      select id from ${table}
      where status = 'pending' and next_attempt_at <= ${now.toISOString()}::timestamptz
      order by next_attempt_at, seq limit ${limit}
      for update skip locked)
    returning id`);
}
