import { and, desc, eq, inArray, sql, type Database, type Executor } from '../../platform/db';
import { webhookAttempts, webhookDeliveries } from './apps.tables';

export type DeliveryRow = typeof webhookDeliveries.$inferSelect;
export type AttemptRow = typeof webhookAttempts.$inferSelect;

export async function insertDelivery(ex: Executor, row: typeof webhookDeliveries.$inferInsert) {
  await ex.insert(webhookDeliveries).values(row);
}

/**
 * Claims due deliveries. `FOR UPDATE SKIP LOCKED` lets several instances poll the same table
 * without delivering an event twice; the claim is a lease that expires if the sender dies.
 */
export async function claimDueDeliveries(
  database: Database,
  now: Date,
  leaseMs: number,
  limit: number,
) {
  const lease = new Date(now.getTime() + leaseMs);
  return database.rows<{ id: string }>(sql`
    update webhook_deliveries set next_attempt_at = ${lease.toISOString()}::timestamptz,
      attempts = attempts + 1
    where id in (
      select id from webhook_deliveries
      where status = 'pending' and next_attempt_at <= ${now.toISOString()}::timestamptz
      order by next_attempt_at, seq limit ${limit}
      for update skip locked)
    returning id`);
}

export async function findDelivery(ex: Executor, id: string) {
  const [row] = await ex.select().from(webhookDeliveries).where(eq(webhookDeliveries.id, id));
  return row ?? null;
}

export async function markDelivered(ex: Executor, id: string, at: Date, statusCode: number) {
  await ex
    .update(webhookDeliveries)
    .set({ status: 'delivered', deliveredAt: at, lastStatusCode: statusCode, lastError: null })
    .where(eq(webhookDeliveries.id, id));
}

/** A failed try: due again at `retryAt`, or failed for good when there is none. */
export async function markDeliveryFailure(
  ex: Executor,
  id: string,
  f: { statusCode: number | null; error: string; retryAt: Date | null },
) {
  await ex
    .update(webhookDeliveries)
    .set({
      lastStatusCode: f.statusCode,
      lastError: f.error,
      ...(f.retryAt ? { nextAttemptAt: f.retryAt } : { status: 'failed' }),
    })
    .where(eq(webhookDeliveries.id, id));
}

export async function insertAttempt(ex: Executor, row: AttemptRow) {
  await ex.insert(webhookAttempts).values(row);
}

export async function listDeliveries(ex: Executor, appId: string, limit: number) {
  return ex
    .select()
    .from(webhookDeliveries)
    .where(eq(webhookDeliveries.appId, appId))
    .orderBy(desc(webhookDeliveries.seq))
    .limit(limit);
}

export async function listAttempts(ex: Executor, deliveryIds: string[]) {
  if (!deliveryIds.length) return [];
  return ex
    .select()
    .from(webhookAttempts)
    .where(inArray(webhookAttempts.deliveryId, deliveryIds))
    .orderBy(webhookAttempts.at, webhookAttempts.id);
}

export async function findDeliveryOfApp(ex: Executor, appId: string, id: string) {
  const [row] = await ex
    .select()
    .from(webhookDeliveries)
    .where(and(eq(webhookDeliveries.id, id), eq(webhookDeliveries.appId, appId)));
  return row ?? null;
}
