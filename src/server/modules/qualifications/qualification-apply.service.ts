import type { Actor, AppContext } from '../../platform/context';
import { isUniqueViolation } from '../../platform/db';
import { AppError, invalid } from '../../platform/errors';
import { requireKind } from '../../platform/guards';
import { newId } from '../../platform/ids';
import { t, type Lang } from '../../platform/messages';
import { shanghaiDate } from '../../platform/calendar';
import type { CategoryDetail, ServiceType } from '../../../contracts/catalog';
import type { QualificationOptions } from '../../../contracts/qualifications';
import { getCategory, listCategoryDetails } from '../catalog';
import { recordAudit } from '../audit';
import { requireOnboardedProvider, type ProviderProfile } from '../onboarding';
import { getPolicy } from '../policy';
import { defaultOnlineAppCheck, type OnlineAppCheck } from './app-port';
import * as repo from './qualifications.repo';
import { choiceRefusals } from './qualifications.rules';
import {
  companyFacts,
  refusalError,
  requirePerCategory,
  snapshotOf,
  stateOf,
} from './qualification-common.service';
import { toSummary } from './qualification-views.service';

export type QualificationDeps = { hasOnlineApp?: OnlineAppCheck };

/** What the provider may choose: each category of the platform, with why it cannot be chosen. */
export async function getOptions(
  ctx: AppContext,
  actor: Actor | null,
  lang: Lang,
  deps: QualificationDeps = {},
): Promise<QualificationOptions> {
  const profile = await requireOnboardedProvider(ctx, actor);
  const policy = await getPolicy(ctx);
  const base = { mode: policy.qualificationMode, serviceTypes: policy.serviceTypes };
  if (policy.qualificationMode !== 'per_category')
    return { ...base, hasOnlineApp: false, categories: [] };
  const hasOnlineApp = await (deps.hasOnlineApp ?? defaultOnlineAppCheck)(ctx, profile.providerId);
  const live = (await repo.listApplicationsOf(ctx.db, profile.providerId)).filter(
    (a) => a.state !== 'withdrawn' && a.state !== 'revoked',
  );
  const today = shanghaiDate(ctx.clock.now());
  const categories = [];
  for (const c of await listCategoryDetails(ctx, policy.preset)) {
    if (!policy.serviceTypes.includes(c.type)) continue;
    const own = live.find((a) => a.categoryId === c.id);
    const refusals = choiceRefusals({
      category: c,
      allowedTypes: policy.serviceTypes,
      hasOnlineApp,
      company: companyFacts(profile),
      today,
      live: own ? { state: stateOf(own) } : null,
      lockApproved: policy.lockApprovedCategory,
    });
    const { categoryId, ...rest } = snapshotOf(c);
    categories.push({
      id: categoryId,
      ...rest,
      refusals: refusals.map((r) => ({ code: r.code, message: t(r.code, lang, r.params) })),
    });
  }
  return { ...base, hasOnlineApp, categories };
}

/**
 * Starts an application (a draft) for a category: refused at once, with the reason, when the
 * service type is closed, a tool category has no online app, the company misses a threshold, or
 * the category is already applied for or locked.
 */
export async function createApplication(
  ctx: AppContext,
  actor: Actor | null,
  body: { serviceType: ServiceType; categoryId: string },
  deps: QualificationDeps = {},
) {
  const who = requireKind(actor, 'provider');
  const profile = await requireOnboardedProvider(ctx, actor);
  const policy = await getPolicy(ctx);
  requirePerCategory(policy);
  const category = await getCategory(ctx, body.categoryId);
  if (!category || category.retired || category.platform !== policy.preset)
    throw invalid({ categoryId: 'validation.qualification.categoryUnknown' });
  if (category.type !== body.serviceType)
    throw invalid({ categoryId: 'validation.qualification.typeMismatch' });
  const hasOnlineApp =
    category.type === 'tool' &&
    (await (deps.hasOnlineApp ?? defaultOnlineAppCheck)(ctx, profile.providerId));
  const live = await repo.findLiveApplication(ctx.db, profile.providerId, category.id);
  const refusals = choiceRefusals({
    category,
    allowedTypes: policy.serviceTypes,
    hasOnlineApp,
    company: companyFacts(profile),
    today: shanghaiDate(ctx.clock.now()),
    live: live ? { state: stateOf(live) } : null,
    lockApproved: policy.lockApprovedCategory,
  });
  if (refusals.length) throw refusalError(refusals);
  return insertDraft(ctx, who, profile, category);
}

/** The new draft and its audit entry; a concurrent twin loses on the unique index. */
async function insertDraft(
  ctx: AppContext,
  who: Actor,
  profile: ProviderProfile,
  category: CategoryDetail,
) {
  const now = ctx.clock.now();
  try {
    const row = await ctx.db.transaction(async (tx) => {
      const created = await repo.insertApplication(tx, {
        id: newId('qla'),
        providerId: profile.providerId,
        accountId: profile.accountId,
        companyName: profile.companyName,
        categoryId: category.id,
        categoryGroup: category.group,
        categoryName: category.name,
        serviceType: category.type,
        state: 'draft',
        draft: {},
        createdAt: now,
        updatedAt: now,
      });
      await recordAudit(tx, now, who, {
        action: 'qualification.create',
        targetType: 'qualification_application',
        targetId: created.id,
        detail: { categoryId: category.id },
      });
      return created;
    });
    return toSummary(row);
  } catch (e) {
    if (isUniqueViolation(e))
      throw new AppError('QUALIFICATIONS.ALREADY_APPLIED', 409, {
        fields: { categoryId: 'QUALIFICATIONS.ALREADY_APPLIED' },
      });
    throw e;
  }
}
