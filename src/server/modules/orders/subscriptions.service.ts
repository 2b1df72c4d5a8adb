/** The merchant's subscriptions: 我的服务, 使用服务, and the reminder and expiry job. */
import type { Actor, AppContext } from '../../platform/context';
import { shanghaiDate } from '../../platform/calendar';
import { AppError, notFound } from '../../platform/errors';
import { requireKind } from '../../platform/guards';
import { newId } from '../../platform/ids';
import { t } from '../../platform/messages';
import type { MyServicesReply } from '../../../contracts/orders';
import { recordAudit } from '../audit';
import { enqueueWebhook, getApp } from '../apps';
import { enqueueNotice } from '../notifications';
import { getPolicy } from '../policy';
import { getServiceForSale } from '../services';
import * as repo from './orders.repo';
import { reminderDue } from './orders.rules';
import { toSubscriptionView } from './orders.service';

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
