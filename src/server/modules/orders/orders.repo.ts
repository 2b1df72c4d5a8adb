import { and, desc, eq, gt, isNull, lte, sql, type Executor } from '../../platform/db';
import {
  marketNotices,
  marketOrders,
  marketRatings,
  marketSubscriptions,
  marketTrials,
} from './orders.tables';

export type OrderRow = typeof marketOrders.$inferSelect;
export type SubscriptionRow = typeof marketSubscriptions.$inferSelect;
export type RatingRow = typeof marketRatings.$inferSelect;
export type NoticeRow = typeof marketNotices.$inferSelect;

export async function insertOrder(ex: Executor, row: OrderRow) {
  await ex.insert(marketOrders).values(row);
}

export async function findOrder(ex: Executor, id: string) {
  const [row] = await ex.select().from(marketOrders).where(eq(marketOrders.id, id));
  return row ?? null;
}

export async function findOrderByPayment(ex: Executor, paymentOrderId: string) {
  const [row] = await ex
    .select()
    .from(marketOrders)
    .where(eq(marketOrders.paymentOrderId, paymentOrderId));
  return row ?? null;
}

/** Compare-and-set between states: the winner of a race gets the row, everyone else null. */
export async function moveOrder(ex: Executor, id: string, from: string, set: Partial<OrderRow>) {
  const [row] = await ex
    .update(marketOrders)
    .set(set)
    .where(and(eq(marketOrders.id, id), eq(marketOrders.state, from)))
    .returning();
  return row ?? null;
}

export async function updateOrder(ex: Executor, id: string, set: Partial<OrderRow>) {
  await ex.update(marketOrders).set(set).where(eq(marketOrders.id, id));
}

export async function listOrders(
  ex: Executor,
  f: { merchantAccountId?: string; providerId?: string; serviceId?: string; appId?: string },
  limit = 100,
) {
  const conds = [
    f.merchantAccountId ? eq(marketOrders.merchantAccountId, f.merchantAccountId) : undefined,
    f.providerId ? eq(marketOrders.providerId, f.providerId) : undefined,
    f.serviceId ? eq(marketOrders.serviceId, f.serviceId) : undefined,
    f.appId ? eq(marketOrders.appId, f.appId) : undefined,
  ].filter(Boolean);
  return ex
    .select()
    .from(marketOrders)
    .where(and(...conds))
    .orderBy(desc(marketOrders.createdAt), desc(marketOrders.id))
    .limit(limit);
}

/** The one trial claim per merchant and service; false when someone (a parallel order) has it. */
export async function claimTrial(
  ex: Executor,
  row: typeof marketTrials.$inferInsert,
): Promise<boolean> {
  const got = await ex.insert(marketTrials).values(row).onConflictDoNothing().returning();
  return got.length > 0;
}

/** Gives the claim back, only if this order still holds it (a later claim is someone else's). */
export async function releaseTrial(
  ex: Executor,
  merchantAccountId: string,
  serviceId: string,
  orderId: string,
) {
  await ex
    .delete(marketTrials)
    .where(
      and(
        eq(marketTrials.merchantAccountId, merchantAccountId),
        eq(marketTrials.serviceId, serviceId),
        eq(marketTrials.orderId, orderId),
      ),
    );
}

export async function trialTaken(ex: Executor, merchantAccountId: string, serviceId: string) {
  const [row] = await ex
    .select()
    .from(marketTrials)
    .where(
      and(
        eq(marketTrials.merchantAccountId, merchantAccountId),
        eq(marketTrials.serviceId, serviceId),
      ),
    );
  return !!row;
}

export async function findSubscription(
  ex: Executor,
  merchantAccountId: string,
  serviceId: string,
  forUpdate = false,
) {
  const q = ex
    .select()
    .from(marketSubscriptions)
    .where(
      and(
        eq(marketSubscriptions.merchantAccountId, merchantAccountId),
        eq(marketSubscriptions.serviceId, serviceId),
      ),
    );
  const [row] = forUpdate ? await q.for('update') : await q;
  return row ?? null;
}

export async function findSubscriptionById(ex: Executor, id: string) {
  const [row] = await ex.select().from(marketSubscriptions).where(eq(marketSubscriptions.id, id));
  return row ?? null;
}

/** Inserts the merchant's row for a service, or overwrites it (the caller holds its lock). */
export async function upsertSubscription(ex: Executor, row: SubscriptionRow) {
  const { id: _id, createdAt: _c, ...set } = row;
  const [out] = await ex
    .insert(marketSubscriptions)
    .values(row)
    .onConflictDoUpdate({
      target: [marketSubscriptions.merchantAccountId, marketSubscriptions.serviceId],
      set,
    })
    .returning();
  return out;
}

export async function listSubscriptions(
  ex: Executor,
  f: { merchantAccountId?: string; providerId?: string },
) {
  const conds = [
    f.merchantAccountId
      ? eq(marketSubscriptions.merchantAccountId, f.merchantAccountId)
      : undefined,
    f.providerId ? eq(marketSubscriptions.providerId, f.providerId) : undefined,
  ].filter(Boolean);
  return ex
    .select()
    .from(marketSubscriptions)
    .where(and(...conds))
    .orderBy(desc(marketSubscriptions.updatedAt))
    .limit(500);
}

/** Running purchased subscriptions that end within `until` and were not reminded yet. */
export async function listReminderDue(ex: Executor, now: Date, until: Date, limit: number) {
  return ex
    .select()
    .from(marketSubscriptions)
    .where(
      and(
        eq(marketSubscriptions.state, 'active'),
        isNull(marketSubscriptions.remindedAt),
        gt(marketSubscriptions.validUntil, now),
        lte(marketSubscriptions.validUntil, until),
      ),
    )
    .limit(limit);
}

/** Marks the reminder sent, once: only the instance whose update wins sends it. */
export async function markReminded(ex: Executor, id: string, now: Date) {
  const [row] = await ex
    .update(marketSubscriptions)
    .set({ remindedAt: now })
    .where(and(eq(marketSubscriptions.id, id), isNull(marketSubscriptions.remindedAt)))
    .returning();
  return row ?? null;
}

/** Every running subscription past its end becomes expired, in one statement (once per row). */
export async function expireDue(ex: Executor, now: Date) {
  return ex
    .update(marketSubscriptions)
    .set({ state: 'expired', expiredAt: now, updatedAt: now })
    .where(and(eq(marketSubscriptions.state, 'active'), lte(marketSubscriptions.validUntil, now)))
    .returning();
}

export async function insertNotice(ex: Executor, row: NoticeRow) {
  await ex.insert(marketNotices).values(row).onConflictDoNothing();
}

export async function listNotices(ex: Executor, merchantAccountId: string) {
  return ex
    .select()
    .from(marketNotices)
    .where(eq(marketNotices.merchantAccountId, merchantAccountId))
    .orderBy(desc(marketNotices.createdAt))
    .limit(50);
}

export async function insertRating(ex: Executor, row: RatingRow) {
  const got = await ex.insert(marketRatings).values(row).onConflictDoNothing().returning();
  return got[0] ?? null;
}

export async function findRating(ex: Executor, id: string) {
  const [row] = await ex.select().from(marketRatings).where(eq(marketRatings.id, id));
  return row ?? null;
}

export async function updateRating(ex: Executor, id: string, set: Partial<RatingRow>) {
  const [row] = await ex.update(marketRatings).set(set).where(eq(marketRatings.id, id)).returning();
  return row ?? null;
}

/** Hides a visible rating; null when it was already hidden (so its figures leave the listing once). */
export async function hideRatingOnce(ex: Executor, id: string, reason: string) {
  const [row] = await ex
    .update(marketRatings)
    .set({ hidden: true, hiddenReason: reason })
    .where(and(eq(marketRatings.id, id), eq(marketRatings.hidden, false)))
    .returning();
  return row ?? null;
}

/** The newest ratings across the market, with the subscription's service name (operators). */
export async function listRecentRatings(ex: Executor, limit: number) {
  return ex
    .select({ rating: marketRatings, serviceName: marketSubscriptions.serviceName })
    .from(marketRatings)
    .innerJoin(marketSubscriptions, eq(marketSubscriptions.id, marketRatings.subscriptionId))
    .orderBy(desc(marketRatings.createdAt))
    .limit(limit);
}

export async function listRatings(ex: Executor, serviceId: string, withHidden = false) {
  return ex
    .select()
    .from(marketRatings)
    .where(
      withHidden
        ? eq(marketRatings.serviceId, serviceId)
        : and(eq(marketRatings.serviceId, serviceId), eq(marketRatings.hidden, false)),
    )
    .orderBy(desc(marketRatings.createdAt))
    .limit(100);
}

export async function ratingSummary(ex: Executor, serviceId: string) {
  const [row] = await ex
    .select({
      count: sql<number>`count(*)::int`,
      avg: sql<number | null>`avg(${marketRatings.stars})::float`,
    })
    .from(marketRatings)
    .where(and(eq(marketRatings.serviceId, serviceId), eq(marketRatings.hidden, false)));
  return { count: Number(row.count), average: row.avg === null ? null : Number(row.avg) };
}
