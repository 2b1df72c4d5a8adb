import type { Actor, AppContext } from '../../platform/context';
import { AppError, invalid, notFound } from '../../platform/errors';
import { newId } from '../../platform/ids';
import type { Lang } from '../../platform/messages';
import { shanghaiDate } from '../../platform/calendar';
import {
  onboardingFieldsSchema,
  type ApplicationState,
  type MyOnboardingReply,
  type OnboardingDraft,
} from '../../../contracts/onboarding';
import { getAccount } from '../accounts';
import { requireKind } from '../../platform/guards';
import { recordAudit } from '../audit';
import { findOwnedFile, getFileRef, saveUpload } from '../files';
import { getPolicy, workingDaysFromNow } from '../policy';
import * as repo from './onboarding.repo';
import * as rules from './onboarding.rules';
import { approveInTx, toVersionView } from './onboarding-review.service';

type Provider = Extract<Actor, { kind: 'provider' }>;
const owner = (p: Provider) => ({ kind: 'account', id: p.accountId });

export async function getMyOnboarding(
  ctx: AppContext,
  actor: Actor | null,
  lang: Lang,
): Promise<MyOnboardingReply> {
  const p = requireKind(actor, 'provider');
  const [policy, accepted, app, account] = await Promise.all([
    getPolicy(ctx),
    repo.listAcceptances(ctx.db, p.accountId),
    repo.findApplicationByAccount(ctx.db, p.accountId),
    getAccount(ctx, p.accountId),
  ]);
  const agreements = rules.AGREEMENTS.map((a) => {
    const hit = accepted.find((x) => x.code === a.code && x.version === a.version);
    return {
      code: a.code,
      version: a.version,
      title: lang === 'en-US' ? a.titleEn : a.titleZh,
      url: `/agreements/${a.code}/${a.version}`,
      acceptedAt: hit?.acceptedAt.toISOString() ?? null,
    };
  });
  const refusal = account ? rules.accountRefusal(account) : null;
  let application: MyOnboardingReply['application'] = null;
  if (app) {
    const versions = await repo.listVersions(ctx.db, app.id);
    const latest = versions.at(-1);
    const licenceId = (app.draft as OnboardingDraft).licenceFileId;
    application = {
      id: app.id,
      state: app.state as ApplicationState,
      draft: app.draft as OnboardingDraft,
      licence: licenceId ? await getFileRef(ctx, licenceId) : null,
      submittedAt: app.submittedAt?.toISOString() ?? null,
      expectedFrom: app.expectedFrom,
      expectedBy: app.expectedBy,
      latest: latest ? await toVersionView(ctx, latest) : null,
    };
  }
  return {
    reviewRequired: policy.onboardingReview,
    agreements,
    eligibility: { checked: Boolean(app?.eligibleAt) || refusal !== null, refusal },
    application,
  };
}

/** The provider's own application by id; another provider's id answers 404, as if it did not exist. */
export async function getMyApplicationById(
  ctx: AppContext,
  actor: Actor | null,
  id: string,
  lang: Lang,
) {
  const p = requireKind(actor, 'provider');
  const app = await repo.findApplication(ctx.db, id);
  if (!app || app.accountId !== p.accountId) throw notFound();
  return getMyOnboarding(ctx, actor, lang);
}

export async function acceptAgreements(
  ctx: AppContext,
  actor: Actor | null,
  accept: Array<{ code: string; version: string }>,
) {
  const p = requireKind(actor, 'provider');
  const now = ctx.clock.now();
  for (const a of rules.AGREEMENTS) {
    if (!accept.some((x) => x.code === a.code && x.version === a.version)) {
      throw new AppError('ONBOARDING.AGREEMENTS_REQUIRED', 422);
    }
  }
  await ctx.db.transaction(async (tx) => {
    for (const a of rules.AGREEMENTS) {
      await repo.insertAcceptance(tx, {
        accountId: p.accountId,
        code: a.code,
        version: a.version,
        acceptedAt: now,
      });
    }
    await repo.insertApplicationIfMissing(tx, {
      id: newId('onb'),
      accountId: p.accountId,
      state: 'draft',
      draft: {},
      updatedAt: now,
    });
  });
}

async function editableApplication(ctx: AppContext, p: Provider, needEligible = true) {
  const app = await repo.findApplicationByAccount(ctx.db, p.accountId);
  const accepted = await repo.listAcceptances(ctx.db, p.accountId);
  const allAccepted = rules.AGREEMENTS.every((a) =>
    accepted.some((x) => x.code === a.code && x.version === a.version),
  );
  if (!app || !allAccepted) throw new AppError('ONBOARDING.AGREEMENTS_REQUIRED', 422);
  if (needEligible && !app.eligibleAt) throw new AppError('ONBOARDING.ELIGIBILITY_REQUIRED', 422);
  if (!rules.canEdit(app.state as ApplicationState))
    throw new AppError('ONBOARDING.NOT_EDITABLE', 409);
  return app;
}

/** Refuses ineligible applicants at once, with the reason, before anything else is filled in. */
export async function checkEligibility(
  ctx: AppContext,
  actor: Actor | null,
  entityType: rules.EntityType,
) {
  const p = requireKind(actor, 'provider');
  const account = await getAccount(ctx, p.accountId);
  const refusal = (account && rules.accountRefusal(account)) ?? rules.entityRefusal(entityType);
  if (refusal) throw new AppError(refusal, 422, { fields: { entityType: refusal } });
  const app = await editableApplication(ctx, p, false);
  const now = ctx.clock.now();
  await repo.updateApplicationIn(ctx.db, app.id, ['draft', 'rejected'], {
    entityType,
    eligibleAt: now,
    updatedAt: now,
  });
}

export async function saveDraft(ctx: AppContext, actor: Actor | null, draft: OnboardingDraft) {
  const p = requireKind(actor, 'provider');
  const app = await editableApplication(ctx, p);
  if (
    draft.licenceFileId &&
    !(await findOwnedFile(ctx, owner(p), draft.licenceFileId, 'licence'))
  ) {
    throw invalid({ licenceFileId: 'validation.licence.unknown' });
  }
  const now = ctx.clock.now();
  const merged = { ...(app.draft as OnboardingDraft), ...draft };
  await repo.updateApplicationIn(ctx.db, app.id, ['draft', 'rejected'], {
    draft: merged,
    companyName: merged.companyName ?? null,
    updatedAt: now,
  });
}

export async function uploadLicence(
  ctx: AppContext,
  actor: Actor | null,
  upload: { filename: string; bytes: Buffer },
) {
  const p = requireKind(actor, 'provider');
  await editableApplication(ctx, p);
  return saveUpload(ctx, owner(p), 'licence', upload);
}

/** Validates the whole draft, then freezes it as a new version under review (or approves it at once). */
export async function submitApplication(ctx: AppContext, actor: Actor | null) {
  const p = requireKind(actor, 'provider');
  const app = await editableApplication(ctx, p);
  const now = ctx.clock.now();
  const parsed = onboardingFieldsSchema.safeParse(app.draft);
  const errors: Record<string, string> = {};
  if (!parsed.success) {
    for (const i of parsed.error.issues) {
      const f = String(i.path[0] ?? 'body');
      errors[f] ??= i.message.startsWith('validation.')
        ? i.message
        : (app.draft as Record<string, unknown>)[f] === undefined
          ? 'validation.required'
          : 'validation.invalid';
    }
    throw invalid(errors);
  }
  const fields = parsed.data;
  Object.assign(errors, rules.checkFields(fields, shanghaiDate(now)));
  if (!(await findOwnedFile(ctx, owner(p), fields.licenceFileId, 'licence')))
    errors.licenceFileId = 'validation.licence.unknown';
  const taken = await repo.findProviderByCreditCode(ctx.db, fields.creditCode);
  if (taken && taken.accountId !== p.accountId) errors.creditCode = 'ONBOARDING.CREDIT_CODE_TAKEN';
  if (Object.keys(errors).length) throw invalid(errors);

  const policy = await getPolicy(ctx);
  const from = await workingDaysFromNow(ctx, policy.onboardingReviewDaysMin);
  const by = await workingDaysFromNow(ctx, policy.onboardingReviewDaysMax);
  const version = app.currentVersion + 1;
  return ctx.db.transaction(async (tx) => {
    const moved = await repo.updateApplicationIn(tx, app.id, ['draft', 'rejected'], {
      state: 'submitted',
      currentVersion: version,
      companyName: fields.companyName,
      submittedAt: now,
      expectedFrom: policy.onboardingReview ? from.date : null,
      expectedBy: policy.onboardingReview ? by.date : null,
      decidedAt: null,
      updatedAt: now,
    });
    if (!moved) throw new AppError('ONBOARDING.NOT_EDITABLE', 409);
    await repo.insertVersion(tx, {
      id: newId('onv'),
      applicationId: app.id,
      version,
      data: fields,
      submittedAt: now,
    });
    await recordAudit(tx, now, p, {
      action: 'onboarding.submit',
      targetType: 'onboarding_application',
      targetId: app.id,
      detail: { version },
    });
    if (!policy.onboardingReview) {
      await approveInTx(ctx, tx, { kind: 'system' }, moved, {
        enterpriseDeveloper: true,
        notify: false,
      });
      return { state: 'approved' as const, expectedBy: null };
    }
    return { state: 'submitted' as const, expectedBy: by.date };
  });
}
