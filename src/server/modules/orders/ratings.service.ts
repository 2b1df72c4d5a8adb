/** Ratings: one per subscription after use, the provider's reply, an operator's hide (评价管理). */
import type { Actor, AppContext } from '../../platform/context';
import { AppError, notFound } from '../../platform/errors';
import { requireKind, requireOperator } from '../../platform/guards';
import { newId } from '../../platform/ids';
import type { OpsRatingsReply, RatingsReply } from '../../../contracts/orders';
import { recordAudit } from '../audit';
import { requireOnboardedProvider } from '../onboarding';
import * as repo from './orders.repo';
import { noStats, type MarketStatsPort } from './orders.service';

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
