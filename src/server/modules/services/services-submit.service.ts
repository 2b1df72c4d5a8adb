import type { Actor, AppContext } from '../../platform/context';
import { AppError } from '../../platform/errors';
import { newId } from '../../platform/ids';
import { formatYuan } from '../../platform/money';
import { t, type Lang } from '../../platform/messages';
import type { Policy } from '../../../contracts/policy';
import type { ServiceContent } from '../../../contracts/services';
import { recordAudit } from '../audit';
import { requireOnboardedProvider } from '../onboarding';
import { getPolicy, workingDaysFromNow } from '../policy';
import * as repo from './services.repo';
import {
  canSubmit,
  forbiddenWordsIn,
  imageIssue,
  sameContent,
  submissionIssues,
} from './services.rules';
import {
  contentOf,
  limitParams,
  ownService,
  precheckView,
  refusePenalized,
  stateOf,
  type ServicePorts,
  type StoredPrecheck,
  refuseFrozenPublishing,
} from './services-common';

/** The live content, if any version was approved. */
export async function liveContent(ctx: AppContext, s: repo.ServiceRow) {
  if (!s.liveVersionId) return null;
  const v = await repo.findVersion(ctx.db, s.liveVersionId);
  return v ? contentOf(v.content) : null;
}

/**
 * The automatic pre-checks (SPEC §7): required fields, forbidden words, images, deposit held,
 * and for tool services the simulated authorization against the bound app's callback.
 */
export async function runPrechecks(
  ctx: AppContext,
  ports: ServicePorts,
  s: repo.ServiceRow,
  c: ServiceContent,
  policy: Policy,
): Promise<StoredPrecheck[]> {
  const out: StoredPrecheck[] = [
    { key: 'requiredFields', ok: true, code: 'precheck.requiredFields.ok', params: {} },
  ];
  const hits = forbiddenWordsIn(c, policy.forbiddenWords);
  out.push(
    hits.length
      ? {
          key: 'forbiddenWords',
          ok: false,
          code: 'precheck.forbiddenWords.fail',
          params: {
            words: [...new Set(hits.map((h) => h.word))].join('、'),
            fields: [...new Set(hits.map((h) => h.field))].join(', '),
          },
        }
      : { key: 'forbiddenWords', ok: true, code: 'precheck.forbiddenWords.ok', params: {} },
  );
  const ids = [c.mainImageFileId, ...c.galleryFileIds].filter((x): x is string => !!x);
  const images = new Map((await repo.findImages(ctx.db, ids)).map((i) => [i.fileId, i]));
  const roles: Array<[string, string | null, 'main' | 'gallery']> = [
    ['main', c.mainImageFileId, 'main'],
    ...c.galleryFileIds.map(
      (f, i) => [`gallery ${i + 1}`, f, 'gallery'] as [string, string, 'gallery'],
    ),
  ];
  let imageFail: StoredPrecheck | null = null;
  for (const [label, id, role] of roles) {
    if (!id) continue;
    const meta = images.get(id);
    const issue = meta
      ? imageIssue(meta, policy, role)
      : { code: 'SERVICES.IMAGE_UNREADABLE', params: {} };
    if (issue) {
      imageFail = {
        key: 'images',
        ok: false,
        code: 'precheck.images.fail',
        params: { ...issue.params, issueCode: issue.code, image: label },
      };
      break;
    }
  }
  out.push(imageFail ?? { key: 'images', ok: true, code: 'precheck.images.ok', params: {} });
  const dep = await ports.depositStatus(ctx, {
    providerId: s.providerId,
    serviceId: s.id,
    categoryId: s.categoryId,
  });
  out.push({
    key: 'deposit',
    ok: dep.held,
    code: dep.held ? 'precheck.deposit.ok' : 'precheck.deposit.fail',
    params: { amount: `¥${formatYuan(dep.requiredFen)}`, held: `¥${formatYuan(dep.heldFen)}` },
  });
  if (s.serviceType === 'tool' && s.appId) {
    const sim = await ports.simulateAuthorization(ctx, s.appId);
    out.push({
      key: 'authorization',
      ok: sim.ok,
      code: sim.ok ? 'precheck.authorization.ok' : 'precheck.authorization.fail',
      params: {
        status: sim.statusCode ?? '',
        uri: sim.redirectUri,
        error: sim.error ?? (sim.statusCode ? `HTTP ${sim.statusCode}` : ''),
      },
    });
  }
  return out;
}

/**
 * 提交审核: blocks on missing fields and broken limits (field errors), then runs the pre-checks
 * and freezes a version. A version whose pre-checks fail is rejected at once with their results
 * as the reason; otherwise it waits for a reviewer, due in the policy's working days.
 */
export async function submitService(
  ctx: AppContext,
  actor: Actor | null,
  id: string,
  ports: ServicePorts,
  lang: Lang,
) {
  const profile = await requireOnboardedProvider(ctx, actor);
  const policy = await getPolicy(ctx);
  refuseFrozenPublishing(profile);
  const s = await ownService(ctx, profile, id);
  refusePenalized(s, lang);
  const draft = contentOf(s.draft);
  const live = await liveContent(ctx, s);
  const changed = !live || !sameContent(live, draft);
  if (!canSubmit(stateOf(s), policy, changed)) {
    if (s.review === 'approved' && !changed) throw new AppError('SERVICES.NOTHING_TO_SUBMIT', 409);
    throw new AppError('SERVICES.NOT_EDITABLE', 409);
  }
  const issues = submissionIssues(draft, policy);
  if (Object.keys(issues).length)
    throw new AppError('SERVICES.INCOMPLETE', 422, { fields: issues, params: limitParams(policy) });
  const prechecks = await runPrechecks(ctx, ports, s, draft, policy);
  const failed = prechecks.filter((p) => !p.ok);
  const now = ctx.clock.now();
  const due = failed.length
    ? null
    : (await workingDaysFromNow(ctx, policy.serviceReviewDaysMax)).date;
  const versionId = newId('svv');
  const version = s.latestVersion + 1;
  const autoReason = failed.length
    ? t('precheck.autoRejected', 'zh-CN', {
        failures: failed.map((p) => precheckView(p, 'zh-CN').message).join('；'),
      })
    : null;
  await ctx.db.transaction(async (tx) => {
    const moved = await repo.updateServiceWhere(
      tx,
      id,
      { review: [s.review], latestVersion: s.latestVersion },
      failed.length
        ? { review: 'rejected', latestVersion: version, updatedAt: now }
        : {
            review: 'in_review',
            latestVersion: version,
            pendingVersionId: versionId,
            submittedAt: now,
            expectedBy: due,
            updatedAt: now,
          },
    );
    if (!moved) throw new AppError('SERVICES.NOT_EDITABLE', 409);
    await repo.insertVersion(tx, {
      id: versionId,
      serviceId: id,
      version,
      content: draft,
      prechecks,
      submittedBy: profile.accountId,
      submittedAt: now,
      expectedBy: due,
      ...(failed.length
        ? { decision: 'rejected', reason: autoReason, decidedBy: null, decidedAt: now }
        : {}),
    });
    await recordAudit(tx, now, actor!, {
      action: failed.length ? 'service.submit.prechecksFailed' : 'service.submit',
      targetType: 'service',
      targetId: id,
      detail: { version, failed: failed.map((p) => p.key) },
    });
  });
  return {
    review: failed.length ? ('rejected' as const) : ('in_review' as const),
    prechecks: prechecks.map((p) => precheckView(p, lang)),
    expectedBy: due,
  };
}
