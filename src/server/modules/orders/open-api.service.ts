/** The open API's order reads: an app sees its authorizing merchant's orders of its service only. */
import type { AppContext } from '../../platform/context';
import { notFound } from '../../platform/errors';
import { requireScope, type OpenAccess } from '../apps';
import * as repo from './orders.repo';
import { toOrderView, toSubscriptionView } from './orders.service';

/** GET /open/v1/orders: the authorizing merchant's orders of this app's service only. */
export async function openOrders(ctx: AppContext, access: OpenAccess) {
  requireScope(access, 'orders:read');
  const rows = await repo.listOrders(ctx.db, {
    merchantAccountId: access.accountId,
    appId: access.appId,
  });
  return { items: rows.map(openOrder) };
}

const openOrder = (o: repo.OrderRow) => ({
  orderId: o.id,
  serviceId: o.serviceId,
  packageName: o.packageName,
  version: o.version,
  durationDays: o.durationDays,
  priceFen: o.priceFen,
  trial: o.trial,
  state: toOrderView(o, null).state,
  paidAt: o.paidAt?.toISOString() ?? null,
  createdAt: o.createdAt.toISOString(),
});

export async function openOrder1(ctx: AppContext, access: OpenAccess, id: string) {
  requireScope(access, 'orders:read');
  const o = await repo.findOrder(ctx.db, id);
  if (!o || o.appId !== access.appId || o.merchantAccountId !== access.accountId) throw notFound();
  return openOrder(o);
}

/** GET /open/v1/subscription: the buyer's current service of this app (expired says so). */
export async function openSubscription(ctx: AppContext, access: OpenAccess) {
  requireScope(access, 'orders:read');
  const subs = await repo.listSubscriptions(ctx.db, { merchantAccountId: access.accountId });
  const s = subs.find((x) => x.appId === access.appId);
  if (!s) throw notFound();
  const v = toSubscriptionView(s, ctx.clock.now(), false);
  return {
    serviceId: s.serviceId,
    mode: v.mode,
    packageName: s.packageName,
    version: s.version,
    validUntil: v.validUntil,
    trial: s.trial,
    expired: v.state === 'expired',
  };
}
