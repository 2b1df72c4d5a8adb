import { and, count, desc, eq, sql, type Database, type Executor } from '../../platform/db';
import { outboxMessages } from './notifications.tables';

export type OutboxRow = typeof outboxMessages.$inferSelect;

export async function insertOutbox(ex: Executor, row: typeof outboxMessages.$inferInsert) {
  await ex.insert(outboxMessages).values(row);
}

export async function listOutbox(
  ex: Executor,
  f: { channel?: string; recipient?: string; limit: number; offset: number },
) {
  const where = and(
    f.channel ? eq(outboxMessages.channel, f.channel) : undefined,
    f.recipient ? eq(outboxMessages.recipient, f.recipient) : undefined,
  );
  const rows = await ex
    .select()
    .from(outboxMessages)
    .where(where)
    .orderBy(desc(outboxMessages.seq))
    .limit(f.limit)
    .offset(f.offset);
  const [{ n }] = await ex.select({ n: count() }).from(outboxMessages).where(where);
  return { rows, total: Number(n) };
}

/**
 * Claims due messages for sending. `FOR UPDATE SKIP LOCKED` lets several instances poll the same
 * table without sending a message twice; the claim is a lease that expires if the sender dies.
 */
export async function claimDue(database: Database, now: Date, leaseMs: number, limit: number) {
  const lease = new Date(now.getTime() + leaseMs);
  return database.rows<{ id: string }>(sql`
    update outbox_messages set next_attempt_at = ${lease.toISOString()}::timestamptz,
      attempts = attempts + 1
    where id in (
      select id from outbox_messages
      where status = 'pending' and next_attempt_at <= ${now.toISOString()}::timestamptz
      order by next_attempt_at, seq limit ${limit}
      for update skip locked)
    returning id`);
}

export async function findOutbox(ex: Executor, id: string) {
  const [row] = await ex.select().from(outboxMessages).where(eq(outboxMessages.id, id));
  return row ?? null;
}

export async function markSent(ex: Executor, id: string, at: Date) {
  await ex
    .update(outboxMessages)
    .set({ status: 'sent', sentAt: at, lastError: null })
    .where(eq(outboxMessages.id, id));
}

export async function markFailure(ex: Executor, id: string, error: string, retryAt: Date | null) {
  await ex
    .update(outboxMessages)
    .set(
      retryAt
        ? { lastError: error, nextAttemptAt: retryAt }
        : { lastError: error, status: 'failed' },
    )
    .where(eq(outboxMessages.id, id));
}
