/** The provider console's view of its market orders, subscribers and settlement. */
import type { Actor, AppContext } from '../../platform/context';
import { shanghaiDate } from '../../platform/calendar';
import { maskMobile } from '../../../contracts/validators';
import type { ProviderOrdersReply } from '../../../contracts/orders';
import { requireOnboardedProvider } from '../onboarding';
import { getPolicy } from '../policy';
import * as repo from './orders.repo';
import { refundDeadline } from './orders.rules';
import { toOrderView, toSubscriptionView } from './orders.service';

/** 订单管理: the provider's own orders (mobiles masked), subscribers and settlement by date. */
export async function providerOrders(
  ctx: AppContext,
  actor: Actor | null,
): Promise<ProviderOrdersReply> {
  const p = await requireOnboardedProvider(ctx, actor);
  const policy = await getPolicy(ctx);
  const now = ctx.clock.now();
  const rows = await repo.listOrders(ctx.db, { providerId: p.providerId }, 500);
  const items = rows.map((o) => {
    const until = o.paidAt ? refundDeadline(o.paidAt, policy.refundWindowMonths) : null;
    return {
      ...toOrderView(o, null),
      merchantMasked: maskMobile(o.merchantMobile),
      commissionFen: o.commissionFen,
      netFen: o.priceFen - o.commissionFen,
      refundableUntil: until?.toISOString() ?? null,
      canRefund:
        policy.purchase === 'online' &&
        o.state === 'paid' &&
        o.priceFen > 0 &&
        !!until &&
        until > now,
    };
  });
  const byDate = new Map<string, { netFen: number; orders: number }>();
  for (const i of items)
    if (i.state === 'paid' && i.refundableUntil && i.netFen > 0) {
      const d = shanghaiDate(new Date(i.refundableUntil));
      const cur = byDate.get(d) ?? { netFen: 0, orders: 0 };
      byDate.set(d, { netFen: cur.netFen + i.netFen, orders: cur.orders + 1 });
    }
  const subs = await repo.listSubscriptions(ctx.db, { providerId: p.providerId });
  return {
    items,
    subscribers: subs.map((s) => ({
      id: s.id,
      serviceName: s.serviceName,
      merchantMasked: maskMobile(s.merchantMobile),
      mode: s.mode as 'purchased' | 'authorized',
      version: s.version,
      state: toSubscriptionView(s, now, false).state,
      validUntil: s.validUntil?.toISOString() ?? null,
    })),
    settlement: [...byDate.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([date, v]) => ({ date, ...v })),
  };
}
