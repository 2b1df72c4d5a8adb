import type { Actor, AppContext } from '../../platform/context';
import { AppError, notFound } from '../../platform/errors';
import { requireOperator } from '../../platform/guards';
import { maskMobile } from '../../../contracts/validators';
import type { QualificationState } from '../../../contracts/qualifications';
import type { ServiceType } from '../../../contracts/catalog';
import { getAccount } from '../accounts';
import { recordAudit } from '../audit';
import { enqueueNotice } from '../notifications';
import { getProviderProfile } from '../onboarding';
import { loadCalendar, reviewDaysLeft } from '../policy';
import * as repo from './qualifications.repo';
import { approvedCategories, describeApplication } from './qualification-views.service';
import { requireDeposit } from '../deposits';
import type { Executor } from '../../platform/db';

export async function listQualificationsForReview(
  ctx: AppContext,
  actor: Actor | null,
  q: {
    state?: QualificationState;
    serviceType?: ServiceType;
    q?: string;
    page: number;
    pageSize: number;
  },
) {
  requireOperator(actor, 'reviewer');
  const { rows, total } = await repo.listForReview(ctx.db, {
    state: q.state,
    serviceType: q.serviceType,
    q: q.q,
    limit: q.pageSize,
    offset: (q.page - 1) * q.pageSize,
  });
  const cal = await loadCalendar(ctx);
  const items = [];
  for (const a of rows) {
    items.push({
      id: a.id,
      companyName: a.companyName,
      categoryGroup: a.categoryGroup,
      categoryName: a.categoryName,
      serviceType: a.serviceType as ServiceType,
      state: a.state as QualificationState,
      version: a.currentVersion,
      submittedAt: a.submittedAt?.toISOString() ?? null,
      expectedBy: a.expectedBy,
      workingDaysLeft: await reviewDaysLeft(ctx, a, cal),
    });
  }
  return { items, total };
}

export async function getQualificationForReview(ctx: AppContext, actor: Actor | null, id: string) {
  requireOperator(actor, 'reviewer');
  const app = await repo.findApplication(ctx.db, id);
  if (!app || app.currentVersion === 0) throw notFound();
  const [account, profile, detail] = await Promise.all([
    getAccount(ctx, app.accountId),
    getProviderProfile(ctx, app.accountId),
    describeApplication(ctx, app),
  ]);
  const { draft: _draft, canWithdraw: _cw, requirements: _r, ...rest } = detail;
  return {
    ...rest,
    companyName: app.companyName,
    accountMobileMasked: account ? maskMobile(account.mobile) : '',
    company: {
      registeredCapitalWan: profile?.company.registeredCapitalWan ?? null,
      establishedOn: profile?.company.establishedOn ?? null,
      staffSize: profile?.company.staffSize ?? null,
    },
    workingDaysLeft: await reviewDaysLeft(ctx, app),
  };
}

/**
 * An approved category now requires its deposit (kuaishou: the highest of them is held), in the
 * same transaction as the approval.
 */
async function requireCategoryDeposit(
  ctx: AppContext,
  tx: Executor,
  op: Actor,
  app: { providerId: string; categoryId: string; categoryGroup: string; categoryName: string },
) {
  const dep = (await approvedCategories(ctx, app.providerId, tx)).find(
    (c) => c.categoryId === app.categoryId,
  );
  if (!dep || dep.depositFen <= 0) return;
  await requireDeposit(ctx, tx, op, {
    providerId: app.providerId,
    sourceType: 'category',
    sourceId: app.categoryId,
    label: `${app.categoryGroup}-${app.categoryName}`,
    amountFen: dep.depositFen,
  });
}

/** Approves or rejects the version under review: decision, audit and SMS, or none of them. */
export async function decideQualification(
  ctx: AppContext,
  actor: Actor | null,
  id: string,
  d: { decision: 'approved' | 'rejected'; reason: string | null },
) {
  const op = requireOperator(actor, 'reviewer');
  const app = await repo.findApplication(ctx.db, id);
  if (!app) throw notFound();
  const account = await getAccount(ctx, app.accountId);
  const now = ctx.clock.now();
  await ctx.db.transaction(async (tx) => {
    const moved = await repo.updateApplicationIn(tx, id, ['submitted'], {
      state: d.decision,
      decidedAt: now,
      reason: d.reason,
      updatedAt: now,
    });
    if (!moved) throw new AppError('QUALIFICATIONS.NOT_IN_REVIEW', 409);
    await repo.decideVersion(tx, id, moved.currentVersion, {
      decision: d.decision,
      reason: d.reason,
      decidedBy: op.operatorId,
      decidedAt: now,
    });
    await recordAudit(tx, now, op, {
      action: d.decision === 'approved' ? 'qualification.approve' : 'qualification.reject',
      targetType: 'qualification_application',
      targetId: id,
      detail: { version: moved.currentVersion, categoryId: app.categoryId, reason: d.reason },
    });
    if (d.decision === 'approved') await requireCategoryDeposit(ctx, tx, op, app);
    if (account) {
      const category = `${app.categoryGroup}-${app.categoryName}`;
      await enqueueNotice(tx, now, {
        channel: 'sms',
        recipient: account.mobile,
        template:
          d.decision === 'approved' ? 'sms.qualificationApproved' : 'sms.qualificationRejected',
        params: { category, reason: d.reason ?? '' },
      });
    }
  });
}
