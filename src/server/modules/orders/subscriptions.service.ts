import type { Actor, AppContext } from '../../platform/context';
import { shanghaiDate } from '../../platform/calendar';
import { AppError, notFound } from '../../platform/errors';
import { requireKind, requireOperator } from '../../platform/guards';
import { newId } from '../../platform/ids';
import { t } from '../../platform/messages';
import { maskMobile } from '../../../contracts/validators';
import type {
  MyServicesReply,
  OpsRatingsReply,
  ProviderOrdersReply,
  RatingsReply,
} from '../../../contracts/orders';
import { recordAudit } from '../audit';
import { enqueueWebhook, getApp, requireScope, type OpenAccess } from '../apps';
import { enqueueNotice } from '../notifications';
import { requireOnboardedProvider } from '../onboarding';
import { getPolicy } from '../policy';
import { getServiceForSale } from '../services';
import * as repo from './orders.repo';
import { refundDeadline, reminderDue } from './orders.rules';
import { noStats, toOrderView, toSubscriptionView, type MarketStatsPort } from './orders.service';

/** 我的服务: the merchant's own subscriptions (nobody else's), with in-site notices. */
export async function myServices(ctx: AppContext, actor: Actor | null): Promise<MyServicesReply> {
  const m = requireKind(actor, 'merchant');
  const now = ctx.clock.now();
  const subs = await repo.listSubscriptions(ctx.db, { merchantAccountId: m.accountId });
  const items = [];
  for (const s of subs) {
    const rated = (await repo.listRatings(ctx.db, s.serviceId, true)).some(
      (r) => r.subscriptionId === s.id,
    );
    items.push(toSubscriptionView(s, now, rated));
  }
  const notices = (await repo.listNotices(ctx.db, m.accountId)).map((n) => ({
    id: n.id,
    body: n.body,
    createdAt: n.createdAt.toISOString(),
  }));
  return { items, notices };
}

async function launchUrl(ctx: AppContext, appId: string | null, serviceId: string) {
  const app = appId ? await getApp(ctx, appId) : null;
  if (!app || app.state !== 'online' || !app.redirectUris.length)
    throw new AppError('ORDERS.NO_APP', 409);
  // The app's entry: it starts the OAuth authorization (with its own PKCE) from here.
  const u = new URL(app.redirectUris[0]);
  u.searchParams.set('fuwu_launch', '1');
  u.searchParams.set('service_id', serviceId);
  return u.toString();
}

/**
 * 使用服务: where the browser goes to start the bound app's authorization. Online purchase
 * (kuaishou) needs a running subscription; without online purchase (xiaohongshu) the merchant
 * authorizes from the service page and the subscription is recorded as settled outside the market.
 */
export async function useService(ctx: AppContext, actor: Actor | null, serviceId: string) {
  const m = requireKind(actor, 'merchant');
  const policy = await getPolicy(ctx);
  const svc = await getServiceForSale(ctx, serviceId);
  if (!svc || !svc.visible) throw notFound();
  const now = ctx.clock.now();
  if (policy.purchase === 'online') {
    const s = await repo.findSubscription(ctx.db, m.accountId, serviceId);
    if (!s || s.state !== 'active' || !s.validUntil || s.validUntil <= now)
      throw new AppError('ORDERS.NOT_SUBSCRIBED', 409);
    return { launchUrl: await launchUrl(ctx, s.appId, serviceId) };
  }
  const url = await launchUrl(ctx, svc.appId, serviceId);
  await ctx.db.transaction(async (tx) => {
    const s = await repo.findSubscription(tx, m.accountId, serviceId, true);
    if (s?.mode === 'authorized' && s.state === 'active') return;
    await repo.upsertSubscription(tx, {
      id: s?.id ?? newId('sub'),
      merchantAccountId: m.accountId,
      merchantMobile: m.mobile,
      providerId: svc.providerId,
      serviceId: svc.id,
      appId: svc.appId,
      serviceName: svc.name,
      mode: 'authorized',
      packageName: null,
      version: null,
      trial: false,
      state: 'active',
      validFrom: now,
      validUntil: null,
      lastOrderId: null,
      remindedAt: null,
      expiredAt: null,
      createdAt: s?.createdAt ?? now,
      updatedAt: now,
    });
    await recordAudit(tx, now, m, {
      action: 'market.subscription.authorize',
      targetType: 'service',
      targetId: svc.id,
    });
  });
  return { launchUrl: url };
}

/**
 * The scheduled job (every instance may run it): reminders N days before the end (SMS and
 * in-site, once: a conditional update picks the one instance that sends) and expiry (one UPDATE
 * … RETURNING, so each row expires and fires `subscription.expired` once).
 */
export async function runSubscriptionJobs(ctx: AppContext) {
  const now = ctx.clock.now();
  const { subscriptionReminderDays: days } = await getPolicy(ctx);
  let reminded = 0;
  const due = await repo.listReminderDue(
    ctx.db,
    now,
    new Date(now.getTime() + days * 86_400_000),
    100,
  );
  for (const s of due) {
    if (!s.validUntil || !reminderDue(s.validUntil, now, days)) continue;
    const sent = await ctx.db.transaction(async (tx) => {
      const won = await repo.markReminded(tx, s.id, now);
      if (!won) return false;
      const params = { service: s.serviceName, date: shanghaiDate(s.validUntil!) };
      await enqueueNotice(tx, now, {
        channel: 'sms',
        recipient: s.merchantMobile,
        template: 'orders.reminder.sms',
        params,
      });
      await repo.insertNotice(tx, {
        id: newId('mnt'),
        merchantAccountId: s.merchantAccountId,
        subscriptionId: s.id,
        kind: 'reminder',
        body: t('orders.reminder.sms', 'zh-CN', params),
        createdAt: now,
        readAt: null,
      });
      return true;
    });
    if (sent) reminded++;
  }
  const expired = await ctx.db.transaction(async (tx) => {
    const rows = await repo.expireDue(tx, now);
    for (const s of rows)
      if (s.appId)
        await enqueueWebhook(tx, now, s.appId, 'subscription.expired', {
          subscriptionId: s.id,
          serviceId: s.serviceId,
          merchantId: s.merchantAccountId,
          version: s.version,
          validUntil: s.validUntil?.toISOString() ?? null,
        });
    return rows.length;
  });
  return { reminded, expired };
}

// ---- ratings ----

const ratingView = (r: repo.RatingRow) => ({
  id: r.id,
  stars: r.stars,
  body: r.hidden ? '' : r.body,
  reply: r.reply,
  repliedAt: r.repliedAt?.toISOString() ?? null,
  hidden: r.hidden,
  createdAt: r.createdAt.toISOString(),
  merchantMasked: '商家' + r.merchantAccountId.slice(-4),
});

/** 评价管理 (operators): the newest ratings with their text, hidden or not, to act on abuse. */
export async function opsRatings(ctx: AppContext, actor: Actor | null): Promise<OpsRatingsReply> {
  requireOperator(actor, 'reviewer');
  const rows = await repo.listRecentRatings(ctx.db, 200);
  return {
    items: rows.map(({ rating, serviceName }) => ({
      ...ratingView(rating),
      serviceId: rating.serviceId,
      serviceName,
      text: rating.body,
      hiddenReason: rating.hiddenReason,
    })),
  };
}

/** The service page's rating summary and visible reviews (public). */
export async function serviceRatings(ctx: AppContext, serviceId: string): Promise<RatingsReply> {
  const [summary, rows] = await Promise.all([
    repo.ratingSummary(ctx.db, serviceId),
    repo.listRatings(ctx.db, serviceId),
  ]);
  return { ...summary, items: rows.map(ratingView) };
}

/** One rating per subscription, after use (the subscription has started). */
export async function rateSubscription(
  ctx: AppContext,
  actor: Actor | null,
  subscriptionId: string,
  input: { stars: number; body: string },
  stats: MarketStatsPort = noStats,
) {
  const m = requireKind(actor, 'merchant');
  const s = await repo.findSubscriptionById(ctx.db, subscriptionId);
  if (!s || s.merchantAccountId !== m.accountId) throw notFound();
  const now = ctx.clock.now();
  if (s.validFrom > now) throw new AppError('ORDERS.CANNOT_RATE', 409);
  return ctx.db.transaction(async (tx) => {
    const row = await repo.insertRating(tx, {
      id: newId('rat'),
      subscriptionId: s.id,
      merchantAccountId: m.accountId,
      serviceId: s.serviceId,
      providerId: s.providerId,
      stars: input.stars,
      body: input.body,
      reply: null,
      repliedAt: null,
      hidden: false,
      hiddenReason: null,
      createdAt: now,
    });
    if (!row) throw new AppError('ORDERS.ALREADY_RATED', 409);
    await stats.onRating(tx, s.serviceId, input.stars);
    return ratingView(row);
  });
}

export async function replyToRating(
  ctx: AppContext,
  actor: Actor | null,
  ratingId: string,
  reply: string,
) {
  const p = await requireOnboardedProvider(ctx, actor);
  const r = await repo.findRating(ctx.db, ratingId);
  if (!r || r.providerId !== p.providerId) throw notFound();
  const row = await repo.updateRating(ctx.db, r.id, { reply, repliedAt: ctx.clock.now() });
  return ratingView(row!);
}

/** An operator hides an abusive rating, with a reason on the audit log. */
export async function hideRating(
  ctx: AppContext,
  actor: Actor | null,
  ratingId: string,
  reason: string,
  stats: MarketStatsPort = noStats,
) {
  const op = requireOperator(actor, 'reviewer');
  const now = ctx.clock.now();
  return ctx.db.transaction(async (tx) => {
    const r = await repo.findRating(tx, ratingId);
    if (!r) throw notFound();
    const row = await repo.hideRatingOnce(tx, r.id, reason);
    if (!row) return ratingView(r); // already hidden: nothing moves twice
    await stats.onRatingHidden(tx, r.serviceId, r.stars);
    await recordAudit(tx, now, op, {
      action: 'market.rating.hide',
      targetType: 'market_rating',
      targetId: r.id,
      detail: { reason, serviceId: r.serviceId },
    });
    return ratingView(row!);
  });
}

// ---- provider console ----

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

// ---- open API ----

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
