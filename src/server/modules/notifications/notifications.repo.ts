import { and, count, desc, eq, type Database, type Executor } from '../../platform/db';
import { claimDueRows } from '../../platform/due-rows.repo';
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

/** Claims due messages for sending (a lease; see claimDueRows): none is sent twice at once. */
export const claimDue = (database: Database, now: Date, leaseMs: number, limit: number) =>
  claimDueRows(database, outboxMessages, now, leaseMs, limit);

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
