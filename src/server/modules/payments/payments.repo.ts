import { and, count, desc, eq, lte, sql, type Executor } from '../../platform/db';
import { paymentNotifications, paymentOrders } from './payments.tables';

export type PaymentOrderRow = typeof paymentOrders.$inferSelect;

export async function insertOrder(ex: Executor, row: PaymentOrderRow) {
  await ex.insert(paymentOrders).values(row);
}

export async function findOrder(ex: Executor, id: string) {
  const [row] = await ex.select().from(paymentOrders).where(eq(paymentOrders.id, id));
  return row ?? null;
}

export async function setGatewayInfo(
  ex: Executor,
  id: string,
  tradeNo: string,
  cashierUrl: string,
) {
  await ex
    .update(paymentOrders)
    .set({ gatewayTradeNo: tradeNo, cashierUrl })
    .where(eq(paymentOrders.id, id));
}

/** Moves an order between states once; the winner of a race gets the row, everyone else null. */
export async function moveOrder(
  ex: Executor,
  id: string,
  from: string,
  set: Partial<PaymentOrderRow>,
) {
  const [row] = await ex
    .update(paymentOrders)
    .set(set)
    .where(and(eq(paymentOrders.id, id), eq(paymentOrders.state, from)))
    .returning();
  return row ?? null;
}

export async function findOpenOrder(ex: Executor, providerId: string, purpose: string) {
  const [row] = await ex
    .select()
    .from(paymentOrders)
    .where(
      and(
        eq(paymentOrders.providerId, providerId),
        eq(paymentOrders.purpose, purpose),
        eq(paymentOrders.state, 'pending'),
      ),
    )
    .orderBy(desc(paymentOrders.createdAt))
    .limit(1);
  return row ?? null;
}

// Only deposit orders: a market order a merchant left unpaid is not the provider's failed payment.
const closedOf = (providerId: string) =>
  and(
    eq(paymentOrders.providerId, providerId),
    eq(paymentOrders.purpose, 'deposit'),
    eq(paymentOrders.state, 'closed'),
  );
const closedAt = sql<Date>`coalesce(${paymentOrders.closedAt}, ${paymentOrders.expiresAt})`;

/** A provider's orders closed unpaid, newest close first (a page of them). */
export async function listClosedOrders(
  ex: Executor,
  providerId: string,
  limit: number,
  offset: number,
) {
  return ex
    .select()
    .from(paymentOrders)
    .where(closedOf(providerId))
    .orderBy(desc(closedAt), desc(paymentOrders.id))
    .limit(limit)
    .offset(offset);
}

export async function countClosedOrders(ex: Executor, providerId: string) {
  const [{ n }] = await ex.select({ n: count() }).from(paymentOrders).where(closedOf(providerId));
  return Number(n);
}

export async function listExpiredPending(ex: Executor, now: Date, limit: number) {
  return ex
    .select()
    .from(paymentOrders)
    .where(and(eq(paymentOrders.state, 'pending'), lte(paymentOrders.expiresAt, now)))
    .limit(limit);
}

export async function recordNotification(
  ex: Executor,
  row: typeof paymentNotifications.$inferInsert,
) {
  await ex.insert(paymentNotifications).values(row);
}
