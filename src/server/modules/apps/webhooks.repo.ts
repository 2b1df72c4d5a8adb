import { and, desc, eq, inArray, type Database, type Executor } from '../../platform/db';
import { claimDueRows } from '../../platform/due-rows.repo';
import { webhookAttempts, webhookDeliveries } from './apps.tables';

export type DeliveryRow = typeof webhookDeliveries.$inferSelect;
export type AttemptRow = typeof webhookAttempts.$inferSelect;

export async function insertDelivery(ex: Executor, row: typeof webhookDeliveries.$inferInsert) {
  await ex.insert(webhookDeliveries).values(row);
}

/** Claims due deliveries (a lease; see claimDueRows): no event is delivered twice at once. */
export const claimDueDeliveries = (database: Database, now: Date, leaseMs: number, limit: number) =>
  claimDueRows(database, webhookDeliveries, now, leaseMs, limit);

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
