import type { Actor, AppContext } from '../../platform/context';
import { actorId } from '../../platform/context';
import { AppError, invalid, notFound } from '../../platform/errors';
import type { Tx } from '../../platform/db';
import { newId } from '../../platform/ids';
import { isUniqueViolation } from '../../platform/db';
import { maskIdNumber, maskMobile } from '../../../contracts/validators';
import {
  onboardingFieldNames,
  type ApplicationState,
  type OnboardingFields,
} from '../../../contracts/onboarding';
import { getAccount } from '../accounts';
import { requireOperator } from '../../platform/guards';
import { recordAudit } from '../audit';
import { getFileRef } from '../files';
import { enqueueNotice } from '../notifications';
import { loadCalendar, reviewDaysLeft } from '../policy';
import * as repo from './onboarding.repo';

export async function toVersionView(ctx: AppContext, v: repo.VersionRow) {
  const data = v.data as OnboardingFields;
  return {
    version: v.version,
    data,
    licence: await getFileRef(ctx, data.licenceFileId),
    submittedAt: v.submittedAt.toISOString(),
    decision: (v.decision ?? null) as 'approved' | 'rejected' | null,
    reason: v.reason,
    fieldReasons: v.fieldReasons ?? {},
    decidedAt: v.decidedAt?.toISOString() ?? null,
  };
}

export async function listForReview(
  ctx: AppContext,
  actor: Actor | null,
  q: { state?: ApplicationState; q?: string; page: number; pageSize: number },
) {
  requireOperator(actor, 'reviewer');
  const { rows, total } = await repo.listApplications(ctx.db, {
    state: q.state,
    q: q.q,
    limit: q.pageSize,
    offset: (q.page - 1) * q.pageSize,
  });
  const cal = await loadCalendar(ctx);
  const items = await Promise.all(
    rows.map(async (a) => {
      const versions = await repo.listVersions(ctx.db, a.id);
      const data = (versions.at(-1)?.data ?? a.draft) as Partial<OnboardingFields>;
      return {
        id: a.id,
        companyName: a.companyName ?? '',
        creditCode: data.creditCode ?? '',
        legalRepIdMasked: data.legalRepIdNumber ? maskIdNumber(data.legalRepIdNumber) : '',
        contactMobileMasked: data.contactMobile ? maskMobile(data.contactMobile) : '',
        state: a.state as ApplicationState,
        version: a.currentVersion,
        submittedAt: a.submittedAt?.toISOString() ?? null,
        expectedBy: a.expectedBy,
        workingDaysLeft: await reviewDaysLeft(ctx, a, cal),
      };
    }),
  );
  return { items, total };
}

export async function getForReview(ctx: AppContext, actor: Actor | null, id: string) {
  requireOperator(actor, 'reviewer');
  const app = await repo.findApplication(ctx.db, id);
  if (!app || app.state === 'draft') throw notFound();
  const account = await getAccount(ctx, app.accountId);
  const versions = await repo.listVersions(ctx.db, id);
  const provider =
    app.state === 'approved' ? await repo.findProviderByAccount(ctx.db, app.accountId) : null;
  return {
    id: app.id,
    state: app.state as ApplicationState,
    accountMobileMasked: account ? maskMobile(account.mobile) : '',
    expectedBy: app.expectedBy,
    versions: await Promise.all(versions.map((v) => toVersionView(ctx, v))),
    provider: provider ? { id: provider.id, companyName: provider.companyName } : null,
  };
}

/** Approval inside a transaction: decision, provider record, SMS and audit, or none of them. */
export async function approveInTx(
  ctx: AppContext,
  tx: Tx,
  actor: Actor,
  app: repo.ApplicationRow,
  opts: { enterpriseDeveloper: boolean; notify: boolean },
) {
  const now = ctx.clock.now();
  const moved = await repo.updateApplicationIn(tx, app.id, ['submitted'], {
    state: 'approved',
    decidedAt: now,
    updatedAt: now,
  });
  if (!moved) throw new AppError('ONBOARDING.NOT_IN_REVIEW', 409);
  const [latest] = (await repo.listVersions(tx, app.id)).slice(-1);
  const data = latest.data as OnboardingFields;
  await repo.decideVersion(tx, app.id, latest.version, {
    decision: 'approved',
    reason: null,
    fieldReasons: {},
    decidedBy: actorId(actor),
    decidedAt: now,
  });
  try {
    await repo.insertProvider(tx, {
      id: newId('prv'),
      accountId: app.accountId,
      applicationId: app.id,
      companyName: data.companyName,
      creditCode: data.creditCode,
      enterpriseDeveloper: opts.enterpriseDeveloper,
      createdAt: now,
    });
  } catch (e) {
    if (isUniqueViolation(e))
      throw invalid({ creditCode: 'ONBOARDING.CREDIT_CODE_TAKEN' }, 'ONBOARDING.CREDIT_CODE_TAKEN');
    throw e;
  }
  await recordAudit(tx, now, actor, {
    action: 'onboarding.approve',
    targetType: 'onboarding_application',
    targetId: app.id,
    detail: { version: latest.version },
  });
  if (opts.notify) {
    const account = await getAccount(ctx, app.accountId, tx);
    if (account) {
      await enqueueNotice(tx, now, {
        channel: 'sms',
        recipient: account.mobile,
        template: 'sms.onboardingApproved',
        params: { company: data.companyName },
      });
    }
  }
}

export async function approveApplication(ctx: AppContext, actor: Actor | null, id: string) {
  const op = requireOperator(actor, 'reviewer');
  const app = await repo.findApplication(ctx.db, id);
  if (!app) throw notFound();
  await ctx.db.transaction((tx) =>
    approveInTx(ctx, tx, op, app, { enterpriseDeveloper: false, notify: true }),
  );
}

export async function rejectApplication(
  ctx: AppContext,
  actor: Actor | null,
  id: string,
  body: { reason: string; fieldReasons: Record<string, string> },
) {
  const op = requireOperator(actor, 'reviewer');
  const unknown = Object.keys(body.fieldReasons).filter(
    (f) => !(onboardingFieldNames as string[]).includes(f),
  );
  if (unknown.length)
    throw invalid(
      Object.fromEntries(
        unknown.map((f) => [`fieldReasons.${f}`, 'validation.reject.unknownField']),
      ),
    );
  const app = await repo.findApplication(ctx.db, id);
  if (!app) throw notFound();
  const account = await getAccount(ctx, app.accountId);
  const now = ctx.clock.now();
  await ctx.db.transaction(async (tx) => {
    const moved = await repo.updateApplicationIn(tx, id, ['submitted'], {
      state: 'rejected',
      decidedAt: now,
      updatedAt: now,
    });
    if (!moved) throw new AppError('ONBOARDING.NOT_IN_REVIEW', 409);
    await repo.decideVersion(tx, id, app.currentVersion, {
      decision: 'rejected',
      reason: body.reason || null,
      fieldReasons: body.fieldReasons,
      decidedBy: op.operatorId,
      decidedAt: now,
    });
    await recordAudit(tx, now, op, {
      action: 'onboarding.reject',
      targetType: 'onboarding_application',
      targetId: id,
      detail: { version: app.currentVersion, fields: Object.keys(body.fieldReasons) },
    });
    const summary = body.reason || Object.values(body.fieldReasons).join('；');
    if (account) {
      await enqueueNotice(tx, now, {
        channel: 'sms',
        recipient: account.mobile,
        template: 'sms.onboardingRejected',
        params: { company: app.companyName ?? '', reason: summary },
      });
    }
  });
}
