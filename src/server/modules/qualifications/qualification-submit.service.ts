import type { Actor, AppContext } from '../../platform/context';
import { AppError, invalid } from '../../platform/errors';
import { requireKind } from '../../platform/guards';
import { newId } from '../../platform/ids';
import { shanghaiDate } from '../../platform/calendar';
import type { Materials } from '../../../contracts/qualifications';
import { getCategory } from '../catalog';
import { recordAudit } from '../audit';
import { findOwnedFile, saveUpload, type UploadPurpose } from '../files';
import { requireOnboardedProvider, type ProviderProfile } from '../onboarding';
import { getPolicy, workingDaysFromNow } from '../policy';
import { defaultOnlineAppCheck } from './app-port';
import * as repo from './qualifications.repo';
import * as rules from './qualifications.rules';
import {
  companyFacts,
  fileOwner,
  ownApplication,
  refusalError,
  requirePerCategory,
  snapshotOf,
  stateOf,
} from './qualification-common.service';
import type { QualificationDeps } from './qualification-apply.service';

const MESSAGE_PARAMS = {
  proofsMin: rules.MIN_INCUBATION_PROOFS,
  gmvYuan: rules.ANCHOR_GMV_OVER_YUAN.toLocaleString('en-US'),
};

async function editable(ctx: AppContext, actor: Actor | null, id: string) {
  const profile = await requireOnboardedProvider(ctx, actor);
  requirePerCategory(await getPolicy(ctx));
  const app = await ownApplication(ctx, profile, id);
  if (!rules.canEdit(stateOf(app))) throw new AppError('QUALIFICATIONS.NOT_EDITABLE', 409);
  return { profile, app, who: requireKind(actor, 'provider') };
}

/** Saves what the provider has filled in so far; nothing is checked for completeness yet. */
export async function saveMaterials(
  ctx: AppContext,
  actor: Actor | null,
  id: string,
  materials: Materials,
) {
  const { app } = await editable(ctx, actor, id);
  const moved = await repo.updateApplicationIn(ctx.db, app.id, ['draft', 'rejected'], {
    draft: materials,
    updatedAt: ctx.clock.now(),
  });
  if (!moved) throw new AppError('QUALIFICATIONS.NOT_EDITABLE', 409);
}

/** Every referenced file must be this provider's upload of the right kind. */
async function fileIssues(ctx: AppContext, profile: ProviderProfile, m: Materials) {
  const errors: Record<string, string> = {};
  for (const f of rules.materialFiles(m)) {
    const owned = await findOwnedFile(ctx, fileOwner(profile), f.id, f.purpose);
    if (!owned) errors[f.path] = 'validation.qualification.fileUnknown';
  }
  return errors;
}

/** Checks the category (still open, thresholds, app) and the materials against what it asks now. */
async function checkSubmission(
  ctx: AppContext,
  profile: ProviderProfile,
  app: repo.ApplicationRow,
  materials: Materials,
  deps: QualificationDeps,
) {
  const category = await getCategory(ctx, app.categoryId);
  if (!category || category.retired)
    throw invalid({ categoryId: 'validation.qualification.categoryUnknown' });
  const threshold = rules.thresholdRefusal(
    category,
    companyFacts(profile),
    shanghaiDate(ctx.clock.now()),
  );
  if (threshold) throw refusalError([threshold]);
  if (
    category.type === 'tool' &&
    !(await (deps.hasOnlineApp ?? defaultOnlineAppCheck)(ctx, profile.providerId))
  )
    throw new AppError('QUALIFICATIONS.APP_REQUIRED', 422);
  const m = rules.relevantMaterials(category, materials);
  const errors = { ...(await fileIssues(ctx, profile, m)), ...rules.materialsIssues(category, m) };
  if (Object.keys(errors).length)
    throw new AppError('COMMON.VALIDATION', 400, {
      fields: errors,
      params: { ...MESSAGE_PARAMS, casesMin: category.minCaseStudies ?? 0 },
    });
  return { snapshot: snapshotOf(category), materials: m };
}

/**
 * Freezes the materials with the category's current requirements as a new version under
 * review. A refused submission writes nothing, not even the draft.
 */
export async function submitApplication(
  ctx: AppContext,
  actor: Actor | null,
  id: string,
  materials?: Materials,
  deps: QualificationDeps = {},
) {
  const { profile, app, who } = await editable(ctx, actor, id);
  const checked = await checkSubmission(
    ctx,
    profile,
    app,
    materials ?? (app.draft as Materials),
    deps,
  );
  const from = await workingDaysFromNow(ctx, rules.REVIEW_DAYS.min);
  const by = await workingDaysFromNow(ctx, rules.REVIEW_DAYS.max);
  const now = ctx.clock.now();
  const version = app.currentVersion + 1;
  await ctx.db.transaction(async (tx) => {
    const moved = await repo.updateApplicationIn(tx, app.id, ['draft', 'rejected'], {
      state: 'submitted',
      draft: checked.materials,
      currentVersion: version,
      submittedAt: now,
      expectedFrom: from.date,
      expectedBy: by.date,
      decidedAt: null,
      reason: null,
      updatedAt: now,
    });
    if (!moved) throw new AppError('QUALIFICATIONS.NOT_EDITABLE', 409);
    await repo.insertVersion(tx, {
      id: newId('qlv'),
      applicationId: app.id,
      version,
      requirements: checked.snapshot,
      materials: checked.materials,
      submittedAt: now,
    });
    await recordAudit(tx, now, who, {
      action: 'qualification.submit',
      targetType: 'qualification_application',
      targetId: app.id,
      detail: { version, categoryId: app.categoryId },
    });
  });
  return { state: 'submitted' as const, expectedFrom: from.date, expectedBy: by.date };
}

/** Withdraws an application; an approved category stays when the policy locks it. */
export async function withdrawApplication(ctx: AppContext, actor: Actor | null, id: string) {
  const who = requireKind(actor, 'provider');
  const profile = await requireOnboardedProvider(ctx, actor);
  const policy = await getPolicy(ctx);
  const app = await ownApplication(ctx, profile, id);
  const state = stateOf(app);
  if (!rules.canWithdraw(state, policy.lockApprovedCategory))
    throw new AppError(
      state === 'approved' ? 'QUALIFICATIONS.CATEGORY_LOCKED' : 'QUALIFICATIONS.CANNOT_WITHDRAW',
      409,
    );
  const now = ctx.clock.now();
  await ctx.db.transaction(async (tx) => {
    const moved = await repo.updateApplicationIn(tx, app.id, [state], {
      state: 'withdrawn',
      updatedAt: now,
    });
    if (!moved) throw new AppError('QUALIFICATIONS.CANNOT_WITHDRAW', 409);
    await recordAudit(tx, now, who, {
      action: 'qualification.withdraw',
      targetType: 'qualification_application',
      targetId: app.id,
      detail: { from: state },
    });
  });
}

const PURPOSES: Record<'screenshot' | 'document' | 'deck', UploadPurpose> = {
  screenshot: 'qualification-screenshot',
  document: 'qualification-document',
  deck: 'qualification-deck',
};

export async function uploadMaterial(
  ctx: AppContext,
  actor: Actor | null,
  kind: keyof typeof PURPOSES,
  upload: { filename: string; bytes: Buffer },
) {
  const profile = await requireOnboardedProvider(ctx, actor);
  requirePerCategory(await getPolicy(ctx));
  return saveUpload(ctx, fileOwner(profile), PURPOSES[kind], upload);
}
