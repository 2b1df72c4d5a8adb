import type { Actor, AppContext } from '../../platform/context';
import { AppError, notFound } from '../../platform/errors';
import { requireOperator } from '../../platform/guards';
import { t, type Lang } from '../../platform/messages';
import { getAccount } from '../accounts';
import { recordAudit } from '../audit';
import { enqueueNotice } from '../notifications';
import { getProviderProfile } from '../onboarding';
import { getPolicy, loadCalendar, workingDaysLeft } from '../policy';
import * as repo from './services.repo';
import { diffContent, listingAfterApproval } from './services.rules';
import { contentOf, toSummary, type ServicePorts } from './services-common';
import { describeService } from './services-views.service';

/** The review queue (first submitted first), with deadlines and each one's place. */
export async function listServicesForOps(
  ctx: AppContext,
  actor: Actor | null,
  q: { scope: 'queue' | 'all'; q?: string },
) {
  requireOperator(actor, 'reviewer');
  const rows =
    q.scope === 'queue' ? await repo.listInReview(ctx.db) : await repo.listAll(ctx.db, q.q);
  const cal = await loadCalendar(ctx);
  const items = [];
  let position = 0;
  for (const s of rows) {
    const inReview = s.review === 'in_review';
    if (inReview) position++;
    const pending = s.pendingVersionId ? await repo.findVersion(ctx.db, s.pendingVersionId) : null;
    items.push({
      ...toSummary(s),
      name: pending ? contentOf(pending.content).name : toSummary(s).name,
      companyName: s.companyName,
      version: s.latestVersion,
      queuePosition:
        q.scope === 'queue'
          ? position
          : inReview && s.submittedAt
            ? await repo.queuePosition(ctx.db, s.submittedAt)
            : null,
      workingDaysLeft:
        inReview && s.expectedBy ? await workingDaysLeft(ctx, s.expectedBy, cal) : null,
      prechecksOk: pending
        ? (pending.prechecks as Array<{ ok: boolean }>).every((p) => p.ok)
        : true,
    });
  }
  return { items };
}

/** A service for the reviewer: the submitted version, the live one and their field diff. */
export async function getServiceForOps(
  ctx: AppContext,
  actor: Actor | null,
  id: string,
  ports: ServicePorts,
  lang: Lang,
) {
  requireOperator(actor, 'reviewer');
  const s = await repo.findService(ctx.db, id);
  if (!s) throw notFound();
  const d = await describeService(ctx, s, ports, lang);
  const target = d.pending ?? d.latest;
  return {
    ...d,
    providerId: s.providerId,
    companyName: s.companyName,
    diff: target ? diffContent(d.live?.content ?? null, target.content) : [],
  };
}

/**
 * Approves or rejects the version under review. The conditional update on the service (still in
 * review, still this version) lets exactly one of two simultaneous decisions through.
 */
export async function decideService(
  ctx: AppContext,
  actor: Actor | null,
  id: string,
  d: { versionId: string; decision: 'approved' | 'rejected'; reason: string | null },
  ports: Pick<ServicePorts, 'liveChanged'>,
) {
  const op = requireOperator(actor, 'reviewer');
  if (d.decision === 'rejected' && !d.reason?.trim())
    throw new AppError('SERVICES.REASON_REQUIRED', 422, {
      fields: { reason: 'SERVICES.REASON_REQUIRED' },
    });
  const s = await repo.findService(ctx.db, id);
  if (!s) throw notFound();
  const version = await repo.findVersion(ctx.db, d.versionId);
  if (!version || version.serviceId !== id) throw notFound();
  if (s.purged)
    throw new AppError('SERVICES.PENALIZED', 409, {
      params: { kind: t('penalty.purge', 'zh-CN') },
    });
  const policy = await getPolicy(ctx);
  const [account, profile] = await Promise.all([
    getAccount(ctx, s.accountId),
    getProviderProfile(ctx, s.accountId),
  ]);
  const now = ctx.clock.now();
  const name = contentOf(version.content).name;
  await ctx.db.transaction(async (tx) => {
    const current = await repo.findService(tx, id);
    if (!current) throw notFound();
    const listing =
      d.decision === 'approved'
        ? listingAfterApproval(current.listing as 'listed', policy, current.listingBlocked)
        : current.listing;
    const moved = await repo.updateServiceWhere(
      tx,
      id,
      { review: ['in_review'], pendingVersionId: d.versionId },
      d.decision === 'approved'
        ? {
            review: 'approved',
            pendingVersionId: null,
            liveVersionId: d.versionId,
            listing,
            listedAt: listing === 'listed' ? now : current.listedAt,
            updatedAt: now,
          }
        : { review: 'rejected', pendingVersionId: null, updatedAt: now },
    );
    if (!moved) throw new AppError('SERVICES.NOT_IN_REVIEW', 409);
    await ports.liveChanged(tx, id);
    await repo.decideVersion(tx, d.versionId, {
      decision: d.decision,
      reason: d.reason,
      decidedBy: op.operatorId,
      decidedAt: now,
    });
    await recordAudit(tx, now, op, {
      action: d.decision === 'approved' ? 'service.approve' : 'service.reject',
      targetType: 'service',
      targetId: id,
      detail: { version: version.version, versionId: d.versionId, reason: d.reason, listing },
    });
    const next = t(
      listing === 'listed' ? 'notice.service.next.listed' : 'notice.service.next.pending',
      'zh-CN',
    );
    const params = { name, version: version.version, reason: d.reason ?? '', next };
    const email = profile?.company.contactEmail;
    if (policy.serviceReviewChannel === 'email' && email) {
      const key = d.decision === 'approved' ? 'email.serviceApproved' : 'email.serviceRejected';
      await enqueueNotice(tx, now, {
        channel: 'email',
        recipient: email,
        template: key,
        subject: t(`${key}.subject`, 'zh-CN', params),
        params,
      });
    } else if (account) {
      await enqueueNotice(tx, now, {
        channel: 'sms',
        recipient: account.mobile,
        template: d.decision === 'approved' ? 'sms.serviceApproved' : 'sms.serviceRejected',
        params,
      });
    }
  });
}
