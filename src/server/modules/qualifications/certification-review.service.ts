import type { Actor, AppContext } from '../../platform/context';
import { AppError, notFound } from '../../platform/errors';
import { requireOperator } from '../../platform/guards';
import { maskIdNumber, maskMobile, maskName } from '../../../contracts/validators';
import type { CertificationMethod, CertificationState } from '../../../contracts/certification';
import { getAccount } from '../accounts';
import { recordAudit } from '../audit';
import { enqueueNotice } from '../notifications';
import { getProviderProfile } from '../onboarding';
import { loadCalendar, reviewDaysLeft } from '../policy';
import * as repo from './certification.repo';
import { METHOD_LABEL_ZH } from './certification.rules';
import { toCertSummary, toCertVersionView } from './certification.service';

export async function listCertificationsForReview(
  ctx: AppContext,
  actor: Actor | null,
  q: { state?: string; method?: string; q?: string; page: number; pageSize: number },
) {
  requireOperator(actor, 'reviewer');
  const { rows, total } = await repo.listCertificationsForReview(ctx.db, {
    ...q,
    limit: q.pageSize,
    offset: (q.page - 1) * q.pageSize,
  });
  const cal = await loadCalendar(ctx);
  const items = [];
  for (const c of rows) {
    const latest = (await repo.listCertVersions(ctx.db, c.id)).at(-1);
    const data = (latest?.data ?? {}) as { name?: string; idNumber?: string };
    items.push({
      id: c.id,
      companyName: c.companyName,
      method: c.method as CertificationMethod,
      personNameMasked: maskName(data.name ?? ''),
      idNumberMasked: maskIdNumber(data.idNumber ?? ''),
      state: c.state as CertificationState,
      version: c.currentVersion,
      submittedAt: c.submittedAt?.toISOString() ?? null,
      expectedBy: c.expectedBy,
      workingDaysLeft: await reviewDaysLeft(ctx, c, cal),
    });
  }
  return { items, total };
}

export async function getCertificationForReview(ctx: AppContext, actor: Actor | null, id: string) {
  requireOperator(actor, 'reviewer');
  const c = await repo.findCertification(ctx.db, id);
  if (!c) throw notFound();
  const [account, profile, versions] = await Promise.all([
    getAccount(ctx, c.accountId),
    getProviderProfile(ctx, c.accountId),
    repo.listCertVersions(ctx.db, c.id),
  ]);
  return {
    ...toCertSummary(c),
    id: c.id,
    companyName: c.companyName,
    legalRepName: profile?.company.legalRepName ?? '',
    legalRepIdNumber: profile?.company.legalRepIdNumber ?? '',
    accountMobileMasked: account ? maskMobile(account.mobile) : '',
    workingDaysLeft: await reviewDaysLeft(ctx, c),
    versions: await Promise.all(versions.map((v) => toCertVersionView(ctx, v, false))),
  };
}

/** Records the decision with the method it was made on; audit and SMS in the same transaction. */
export async function decideCertification(
  ctx: AppContext,
  actor: Actor | null,
  id: string,
  d: { decision: 'approved' | 'rejected'; reason: string | null },
) {
  const op = requireOperator(actor, 'reviewer');
  const c = await repo.findCertification(ctx.db, id);
  if (!c) throw notFound();
  const account = await getAccount(ctx, c.accountId);
  const now = ctx.clock.now();
  await ctx.db.transaction(async (tx) => {
    const moved = await repo.updateCertificationIn(tx, id, ['submitted'], {
      state: d.decision,
      decidedAt: now,
      reason: d.reason,
      updatedAt: now,
    });
    if (!moved) throw new AppError('CERTIFICATION.NOT_IN_REVIEW', 409);
    await repo.decideCertVersion(tx, id, moved.currentVersion, {
      decision: d.decision,
      reason: d.reason,
      decidedBy: op.operatorId,
      decidedAt: now,
    });
    await recordAudit(tx, now, op, {
      action: d.decision === 'approved' ? 'certification.approve' : 'certification.reject',
      targetType: 'certification',
      targetId: id,
      detail: { version: moved.currentVersion, method: moved.method, reason: d.reason },
    });
    if (account) {
      await enqueueNotice(tx, now, {
        channel: 'sms',
        recipient: account.mobile,
        template:
          d.decision === 'approved' ? 'sms.certificationApproved' : 'sms.certificationRejected',
        params: {
          method: METHOD_LABEL_ZH[moved.method as CertificationMethod],
          reason: d.reason ?? '',
        },
      });
    }
  });
}
