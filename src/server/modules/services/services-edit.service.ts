import type { Actor, AppContext } from '../../platform/context';
import { AppError, invalid } from '../../platform/errors';
import { isUniqueViolation } from '../../platform/db';
import { newId } from '../../platform/ids';
import type { Lang } from '../../platform/messages';
import type { Policy } from '../../../contracts/policy';
import type { ServiceType } from '../../../contracts/catalog';
import {
  emptyServiceContent,
  type ServiceContent,
  type ServiceOptions,
} from '../../../contracts/services';
import { recordAudit } from '../audit';
import { getCategory, listCategories } from '../catalog';
import { approvedCategories } from '../qualifications';
import { getApp, listOnlineApps } from '../apps';
import { requireDeposit } from '../deposits';
import { saveUpload } from '../files';
import { requireOnboardedProvider, type ProviderProfile } from '../onboarding';
import { getPolicy } from '../policy';
import * as repo from './services.repo';
import { canEdit, cleanHtml, imageIssue } from './services.rules';
import {
  ownService,
  refuseFrozenPublishing,
  refusePenalized,
  stateOf,
  toSummary,
} from './services-common';

const fileOwner = (p: ProviderProfile) => ({ kind: 'account', id: p.accountId });

/** The categories a provider may start a service in, and (xiaohongshu) its online apps. */
export async function getServiceOptions(
  ctx: AppContext,
  actor: Actor | null,
): Promise<ServiceOptions> {
  const profile = await requireOnboardedProvider(ctx, actor);
  const policy = await getPolicy(ctx);
  const mine = (await repo.listServicesOf(ctx.db, profile.providerId)).filter((s) => !s.purged);
  const taken = (categoryId: string) =>
    policy.oneServicePerCategory && mine.some((s) => s.categoryId === categoryId);
  const online = await listOnlineApps(ctx, profile.providerId);
  const apps = online.map((a) => ({
    id: a.id,
    name: a.name,
    hasService: mine.some((s) => s.appId === a.id),
  }));
  // One query for the platform's live categories; per category, only the approved ones count.
  const offered = (await listCategories(ctx, policy.preset))
    .filter((c) => policy.serviceTypes.includes(c.type))
    .map((c) => ({
      id: c.id,
      group: c.group,
      name: c.name,
      type: c.type,
      depositFen: c.depositFen,
      taken: taken(c.id),
    }));
  if (policy.qualificationMode === 'per_category') {
    const approved = await approvedCategories(ctx, profile.providerId);
    const byId = new Map(offered.map((c) => [c.id, c]));
    const categories = approved.flatMap((a) => byId.get(a.categoryId) ?? []);
    return { mode: 'category', categories, apps, hasApprovedCategory: approved.length > 0 };
  }
  return { mode: 'app', categories: offered, apps, hasApprovedCategory: true };
}

/** The bound app must be the provider's own and online (a tool service needs one). */
async function checkApp(
  ctx: AppContext,
  profile: ProviderProfile,
  type: ServiceType,
  appId: string | null | undefined,
) {
  if (type !== 'tool') return null;
  if (!appId)
    throw new AppError('SERVICES.APP_REQUIRED', 422, {
      fields: { appId: 'SERVICES.APP_REQUIRED' },
    });
  const app = await getApp(ctx, appId);
  if (!app || app.providerId !== profile.providerId || app.state !== 'online')
    throw new AppError('SERVICES.APP_REQUIRED', 422, {
      fields: { appId: 'SERVICES.APP_REQUIRED' },
    });
  return app;
}

/**
 * "New service" (新增服务): a draft in a category the provider may use. kuaishou: the category's
 * qualification must be approved. xiaohongshu: one service per app and per category, and the
 * service's deposit is required at once, so the deposit list shows it before it is submitted.
 */
export async function createService(
  ctx: AppContext,
  actor: Actor | null,
  body: { categoryId: string; appId?: string | null },
) {
  const profile = await requireOnboardedProvider(ctx, actor);
  refuseFrozenPublishing(profile);
  const policy = await getPolicy(ctx);
  const category = await getCategory(ctx, body.categoryId);
  if (!category || category.retired || category.platform !== policy.preset)
    throw new AppError('SERVICES.CATEGORY_NOT_APPROVED', 422, {
      fields: { categoryId: 'SERVICES.CATEGORY_NOT_APPROVED' },
    });
  if (!policy.serviceTypes.includes(category.type))
    throw new AppError('SERVICES.TYPE_NOT_ALLOWED', 422, {
      fields: { categoryId: 'SERVICES.TYPE_NOT_ALLOWED' },
    });
  if (policy.qualificationMode === 'per_category') {
    const approved = await approvedCategories(ctx, profile.providerId);
    if (!approved.some((c) => c.categoryId === category.id))
      throw new AppError('SERVICES.CATEGORY_NOT_APPROVED', 422, {
        fields: { categoryId: 'SERVICES.CATEGORY_NOT_APPROVED' },
      });
  }
  const app = await checkApp(ctx, profile, category.type, body.appId);
  const now = ctx.clock.now();
  const id = newId('svc');
  const draft: ServiceContent = { ...emptyServiceContent(), name: app?.name.slice(0, 15) ?? '' };
  const taken = () =>
    new AppError('SERVICES.APP_TAKEN', 409, { fields: { appId: 'SERVICES.APP_TAKEN' } });
  try {
    return await ctx.db.transaction(async (tx) => {
      const mine = (await repo.listServicesOf(tx, profile.providerId)).filter((s) => !s.purged);
      if (app && mine.some((s) => s.appId === app.id)) throw taken();
      if (policy.oneServicePerCategory && mine.some((s) => s.categoryId === category.id))
        throw new AppError('SERVICES.CATEGORY_TAKEN', 409, {
          fields: { categoryId: 'SERVICES.CATEGORY_TAKEN' },
        });
      const row = await repo.insertService(tx, {
        id,
        providerId: profile.providerId,
        accountId: profile.accountId,
        companyName: profile.companyName,
        categoryId: category.id,
        categoryGroup: category.group,
        categoryName: category.name,
        serviceType: category.type,
        appId: app?.id ?? null,
        review: 'draft',
        listing: 'unlisted',
        draft,
        createdAt: now,
        updatedAt: now,
      });
      if (policy.depositRule === 'sum' && category.depositFen > 0) {
        await requireDeposit(ctx, tx, actor!, {
          providerId: profile.providerId,
          sourceType: 'service',
          sourceId: id,
          label: `${app ? `${app.name} · ` : ''}${category.group}-${category.name}`,
          amountFen: category.depositFen,
        });
      }
      await recordAudit(tx, now, actor!, {
        action: 'service.create',
        targetType: 'service',
        targetId: id,
        detail: { categoryId: category.id, appId: app?.id ?? null },
      });
      return toSummary(row, app?.name ?? null);
    });
  } catch (e) {
    if (isUniqueViolation(e)) throw taken(); // another tab created one for this app just now
    throw e;
  }
}

/** Saves the working copy: images must be the provider's, the description is sanitized. */
export async function saveDraft(
  ctx: AppContext,
  actor: Actor | null,
  id: string,
  body: { appId?: string | null; content: ServiceContent },
) {
  const profile = await requireOnboardedProvider(ctx, actor);
  const policy = await getPolicy(ctx);
  const s = await ownService(ctx, profile, id);
  refusePenalized(s);
  if (!canEdit(stateOf(s), policy)) throw new AppError('SERVICES.NOT_EDITABLE', 409);
  const c = body.content;
  const ids = [c.mainImageFileId, ...c.galleryFileIds].filter((x): x is string => !!x);
  const known = new Set(
    (await repo.findImages(ctx.db, ids))
      .filter((i) => i.providerId === profile.providerId)
      .map((i) => i.fileId),
  );
  const errors: Record<string, string> = {};
  if (c.mainImageFileId && !known.has(c.mainImageFileId))
    errors.mainImageFileId = 'validation.service.fileUnknown';
  c.galleryFileIds.forEach((f, i) => {
    if (!known.has(f)) errors[`galleryFileIds.${i}`] = 'validation.service.fileUnknown';
  });
  if (Object.keys(errors).length) throw invalid(errors);
  let appId = s.appId;
  if (body.appId !== undefined && body.appId !== s.appId && s.serviceType === 'tool') {
    const app = await checkApp(ctx, profile, 'tool', body.appId);
    appId = app!.id;
  }
  const draft: ServiceContent = {
    ...c,
    tags: c.tags.map((x) => x.trim()).filter(Boolean),
    descriptionHtml: cleanHtml(c.descriptionHtml),
  };
  const now = ctx.clock.now();
  await ctx.db.transaction(async (tx) => {
    const moved = await repo.updateServiceWhere(
      tx,
      id,
      { review: ['draft', 'rejected', 'approved'] },
      { draft, appId, updatedAt: now },
    );
    if (!moved) throw new AppError('SERVICES.NOT_EDITABLE', 409);
  });
}

function formatOf(type: string | undefined) {
  if (type === 'jpg' || type === 'jpeg') return 'jpg';
  return type ?? 'unknown';
}

/** A service image, checked against the policy's rules on upload (format, size, dimensions). */
export async function uploadImage(
  ctx: AppContext,
  actor: Actor | null,
  role: 'main' | 'gallery',
  upload: { filename: string; bytes: Buffer },
  lang: Lang,
) {
  void lang;
  const profile = await requireOnboardedProvider(ctx, actor);
  const policy: Policy = await getPolicy(ctx);
  const { imageSize } = await import('image-size'); // on first use, not at every start
  let dims: { width?: number; height?: number; type?: string };
  try {
    dims = imageSize(upload.bytes);
  } catch {
    throw new AppError('SERVICES.IMAGE_UNREADABLE', 415, {
      fields: { file: 'SERVICES.IMAGE_UNREADABLE' },
    });
  }
  const meta = {
    format: formatOf(dims.type),
    width: dims.width ?? 0,
    height: dims.height ?? 0,
    size: upload.bytes.length,
  };
  const issue = imageIssue(meta, policy, role);
  if (issue)
    throw new AppError(issue.code, issue.code === 'SERVICES.IMAGE_TOO_LARGE' ? 413 : 422, {
      params: issue.params,
      fields: { file: issue.code },
    });
  const ref = await saveUpload(ctx, fileOwner(profile), 'serviceImage', upload);
  await repo.insertImage(ctx.db, {
    fileId: ref.id,
    providerId: profile.providerId,
    ...meta,
    createdAt: ctx.clock.now(),
  });
  return { ...ref, url: `/api/files/${ref.id}`, width: meta.width, height: meta.height };
}
