import { eq, sql, type Database, type Executor } from '../../platform/db';
import { sandboxNotifications, sandboxOrders } from './payments.tables';

export type SandboxOrderRow = typeof sandboxOrders.$inferSelect;

export async function insertSandboxOrder(ex: Executor, row: typeof sandboxOrders.$inferInsert) {
  await ex
    .insert(sandboxOrders)
    .values(row)
    .onConflictDoNothing({ target: sandboxOrders.outTradeNo });
}

export async function findSandboxOrder(
  ex: Executor,
  by: { tradeNo?: string; outTradeNo?: string },
) {
  const where = by.tradeNo
    ? eq(sandboxOrders.tradeNo, by.tradeNo)
    : eq(sandboxOrders.outTradeNo, by.outTradeNo!);
  const [row] = await ex.select().from(sandboxOrders).where(where);
  return row ?? null;
}

/** Moves a sandbox order from one status to another, once. */
export async function moveSandboxOrder(
  ex: Executor,
  tradeNo: string,
  from: string,
  set: Partial<SandboxOrderRow>,
) {
  const rows = await ex
    .update(sandboxOrders)
    .set(set)
    .where(sql`${sandboxOrders.tradeNo} = ${tradeNo} and ${sandboxOrders.status} = ${from}`)
    .returning({ tradeNo: sandboxOrders.tradeNo });
  return rows.length === 1;
}

export async function addRefund(ex: Executor, tradeNo: string, amount: number) {
  const rows = await ex
    .update(sandboxOrders)
    .set({ refundedFen: sql`${sandboxOrders.refundedFen} + ${amount}` })
    .where(
      sql`${sandboxOrders.tradeNo} = ${tradeNo} and ${sandboxOrders.refundedFen} + ${amount} <= ${sandboxOrders.amountFen}`,
    )
    .returning({ tradeNo: sandboxOrders.tradeNo });
  return rows.length === 1;
}

export async function insertNotification(
  ex: Executor,
  row: typeof sandboxNotifications.$inferInsert,
) {
  await ex.insert(sandboxNotifications).values(row);
}

/** Claims due notifications (SKIP LOCKED, with a lease) so two instances never send one at once. */
export async function claimNotifications(
  database: Database,
  now: Date,
  leaseMs: number,
  limit: number,
) {
  const lease = new Date(now.getTime() + leaseMs).toISOString();
  return database.rows<{
    id: string;
    url: string;
    headers: Record<string, string>;
    body: string;
    ack: string;
    attempts: number;
  }>(sql`
    update sandbox_notifications set next_attempt_at = ${lease}::timestamptz, attempts = attempts + 1
    where id in (
      select id from sandbox_notifications
      where status = 'pending' and next_attempt_at <= ${now.toISOString()}::timestamptz
      order by next_attempt_at, seq limit ${limit}
      for update skip locked)
    returning id, url, headers, body, ack, attempts`);
}

export async function finishNotification(
  ex: Executor,
  id: string,
  status: 'pending' | 'delivered' | 'abandoned',
  response: string,
  retryAt?: Date,
) {
  await ex
    .update(sandboxNotifications)
    .set({
      status,
      lastResponse: response.slice(0, 500),
      ...(retryAt ? { nextAttemptAt: retryAt } : {}),
    })
    .where(eq(sandboxNotifications.id, id));
}

export async function listNotificationsFor(ex: Executor, tradeNo: string) {
  return ex.select().from(sandboxNotifications).where(eq(sandboxNotifications.tradeNo, tradeNo));
}
