import type { Actor, AppContext } from '../../platform/context';
import type { Executor } from '../../platform/db';
import { AppError, notFound } from '../../platform/errors';
import type { Lang } from '../../platform/messages';
import type { MarketService, ServiceDetail } from '../../../contracts/services';
import type { ServiceType } from '../../../contracts/catalog';
import { recordAudit } from '../audit';
import { getApp } from '../apps';
import { readPublishedFile } from '../files';
import { requireOnboardedProvider } from '../onboarding';
import { getPolicy, loadCalendar, workingDaysLeft } from '../policy';
import { t } from '../../platform/messages';
import * as repo from './services.repo';
import { canDelist, canEdit, canList, canSubmit, sameContent } from './services.rules';
import {
  contentOf,
  marketUrl,
  ownService,
  stateOf,
  toSummary,
  toVersionView,
  type ServicePorts,
} from './services-common';

const visible = (s: repo.ServiceRow) =>
  s.listing === 'listed' && !s.hidden && !s.purged && !!s.liveVersionId;

/** Everything the provider's detail page (and the reviewer's) shows of one service. */
export async function describeService(
  ctx: AppContext,
  s: repo.ServiceRow,
  ports: ServicePorts,
  lang: Lang,
): Promise<ServiceDetail> {
  const policy = await getPolicy(ctx);
  const versions = await repo.listVersions(ctx.db, s.id);
  const views = versions.map((v) => toVersionView(v, lang));
  const live = views.find((v) => v.id === s.liveVersionId) ?? null;
  const pending = views.find((v) => v.id === s.pendingVersionId) ?? null;
  const draft = contentOf(s.draft);
  const draftChanged = !live || !sameContent(live.content, draft);
  const ids = new Set<string>();
  for (const c of [draft, ...views.map((v) => v.content)])
    for (const id of [c.mainImageFileId, ...c.galleryFileIds]) if (id) ids.add(id);
  const images: ServiceDetail['images'] = {};
  for (const i of await repo.findImages(ctx.db, [...ids]))
    images[i.fileId] = {
      id: i.fileId,
      url: `/api/files/${i.fileId}`,
      width: i.width,
      height: i.height,
      mime: i.format === 'png' ? 'image/png' : 'image/jpeg',
      size: i.size,
    };
  const app = s.appId ? await getApp(ctx, s.appId) : null;
  const inReview = s.review === 'in_review';
  const dep = await ports.depositStatus(ctx, {
    providerId: s.providerId,
    serviceId: s.id,
    categoryId: s.categoryId,
  });
  const state = stateOf(s);
  return {
    ...toSummary(s, app?.name ?? null),
    draft,
    images,
    live,
    pending,
    latest: views.at(-1) ?? null,
    versions: views,
    queuePosition:
      inReview && s.submittedAt ? await repo.queuePosition(ctx.db, s.submittedAt) : null,
    workingDaysLeft:
      inReview && s.expectedBy
        ? await workingDaysLeft(ctx, s.expectedBy, await loadCalendar(ctx))
        : null,
    accessUrl: live ? marketUrl(s.id) : null,
    visibleOnMarket: visible(s),
    draftChanged,
    canEdit: canEdit(state, policy),
    canSubmit: canSubmit(state, policy, draftChanged),
    canList: canList({ ...state, hasLive: !!live }, draftChanged),
    canDelist: canDelist(state),
    deposit: { requiredFen: dep.requiredFen, held: dep.held },
    penalties: s.penalties.map((p) => ({
      kind: p.kind as 'hide',
      reason: p.reason,
      at: p.at,
      liftedAt: p.liftedAt ?? null,
      liftReason: p.liftReason ?? null,
    })),
  };
}

export async function listMyServices(ctx: AppContext, actor: Actor | null) {
  const profile = await requireOnboardedProvider(ctx, actor);
  const rows = await repo.listServicesOf(ctx.db, profile.providerId);
  const items = [];
  for (const s of rows) {
    const app = s.appId ? await getApp(ctx, s.appId) : null;
    items.push(toSummary(s, app?.name ?? null));
  }
  return { items };
}

export async function getMyService(
  ctx: AppContext,
  actor: Actor | null,
  id: string,
  ports: ServicePorts,
  lang: Lang,
) {
  const profile = await requireOnboardedProvider(ctx, actor);
  return describeService(ctx, await ownService(ctx, profile, id), ports, lang);
}

function penalizedError(kind: string, lang: Lang) {
  return new AppError('SERVICES.PENALIZED', 409, { params: { kind: t(`penalty.${kind}`, lang) } });
}

/**
 * 上架: needs an approved version whose content is unchanged (an edit must be reviewed first, an
 * unchanged delisted service relists at once) and, for a tool service, its app online.
 */
export async function listService(
  ctx: AppContext,
  actor: Actor | null,
  id: string,
  lang: Lang,
  ports: Pick<ServicePorts, 'liveChanged'>,
) {
  const profile = await requireOnboardedProvider(ctx, actor);
  const s = await ownService(ctx, profile, id);
  if (s.purged) throw penalizedError('purge', lang);
  if (s.listingBlocked) throw penalizedError('delist', lang);
  const live = s.liveVersionId ? await repo.findVersion(ctx.db, s.liveVersionId) : null;
  const changed = !live || !sameContent(contentOf(live.content), contentOf(s.draft));
  if (!canList({ ...stateOf(s), hasLive: !!live }, changed))
    throw new AppError('SERVICES.CANNOT_LIST', 409);
  if (s.serviceType === 'tool') {
    const app = s.appId ? await getApp(ctx, s.appId) : null;
    if (!app || app.state !== 'online') throw new AppError('SERVICES.APP_NOT_ONLINE', 409);
  }
  const now = ctx.clock.now();
  await ctx.db.transaction(async (tx) => {
    const moved = await repo.updateServiceWhere(
      tx,
      id,
      { listing: ['pending_listing', 'delisted'], review: ['approved', 'rejected'] },
      { listing: 'listed', listedAt: now, updatedAt: now },
    );
    if (!moved) throw new AppError('SERVICES.CANNOT_LIST', 409);
    await ports.liveChanged(tx, id);
    await recordAudit(tx, now, actor!, {
      action: 'service.list',
      targetType: 'service',
      targetId: id,
      detail: { versionId: s.liveVersionId },
    });
  });
}

/** 下架: the service leaves the market; its live version stays for relisting. */
export async function delistService(
  ctx: AppContext,
  actor: Actor | null,
  id: string,
  ports: Pick<ServicePorts, 'liveChanged'>,
) {
  const profile = await requireOnboardedProvider(ctx, actor);
  await ownService(ctx, profile, id);
  const now = ctx.clock.now();
  await ctx.db.transaction(async (tx) => {
    const moved = await repo.updateServiceWhere(
      tx,
      id,
      { listing: ['listed'] },
      { listing: 'delisted', updatedAt: now },
    );
    if (!moved) throw new AppError('SERVICES.CANNOT_DELIST', 409);
    await ports.liveChanged(tx, id);
    await recordAudit(tx, now, actor!, {
      action: 'service.delist',
      targetType: 'service',
      targetId: id,
    });
  });
}

const imageUrl = (serviceId: string, fileId: string) =>
  `/api/market/services/${serviceId}/images/${fileId}`;

/**
 * The merchant view of a service: its LIVE version only, and only while it is listed and not
 * hidden or purged (404 otherwise). The one read the marketplace builds on.
 */
export async function getListedService(ctx: AppContext, id: string): Promise<MarketService> {
  const s = await repo.findService(ctx.db, id);
  if (!s || !visible(s)) throw notFound();
  return toMarket(ctx, s);
}

async function toMarket(ctx: AppContext, s: repo.ServiceRow): Promise<MarketService> {
  const v = await repo.findVersion(ctx.db, s.liveVersionId!);
  if (!v) throw notFound();
  const c = contentOf(v.content);
  return {
    id: s.id,
    name: c.name,
    categoryId: s.categoryId,
    categoryName: `${s.categoryGroup}-${s.categoryName}`,
    serviceType: s.serviceType as ServiceType,
    classification: c.classification,
    shortDescription: c.shortDescription,
    descriptionHtml: c.descriptionHtml,
    mainImageUrl: c.mainImageFileId ? imageUrl(s.id, c.mainImageFileId) : null,
    galleryUrls: c.galleryFileIds.map((f) => imageUrl(s.id, f)),
    tags: c.tags,
    packages: c.packages,
    providerName: s.companyName,
    appId: s.appId,
    orderable: !s.frozen,
    listedAt: s.listedAt?.toISOString() ?? null,
    version: v.version,
  };
}

/** Every service merchants may see, newest listed first (search and sorting come later). */
export async function listListedServices(ctx: AppContext): Promise<MarketService[]> {
  const out = [];
  for (const s of await repo.listListed(ctx.db))
    if (s.liveVersionId) out.push(await toMarket(ctx, s));
  return out;
}

/** An image of a listed service's live version (public, like the page). */
export async function readListedImage(ctx: AppContext, id: string, fileId: string) {
  const m = await getListedService(ctx, id);
  const urls = [m.mainImageUrl, ...m.galleryUrls];
  if (!urls.includes(imageUrl(id, fileId))) throw notFound();
  return readPublishedFile(ctx, fileId);
}

/** What selling a service needs (the orders module): owner, bound app, penalties, live content. */
export type ServiceForSale = {
  id: string;
  providerId: string;
  companyName: string;
  appId: string | null;
  serviceType: ServiceType;
  categoryName: string;
  name: string;
  version: number;
  packages: MarketService['packages'];
  /** Listed and not hidden or purged: merchants can see it. */
  visible: boolean;
  /** Frozen (冻结服务): no new orders or renewals. */
  frozen: boolean;
};

/** Pass the open transaction as `ex` when inside one. Null when the service has no live version. */
export async function getServiceForSale(
  ctx: AppContext,
  id: string,
  ex: Executor = ctx.db,
): Promise<ServiceForSale | null> {
  const s = await repo.findService(ex, id);
  if (!s?.liveVersionId) return null;
  const v = await repo.findVersion(ex, s.liveVersionId);
  if (!v) return null;
  const c = contentOf(v.content);
  return {
    id: s.id,
    providerId: s.providerId,
    companyName: s.companyName,
    appId: s.appId,
    serviceType: s.serviceType as ServiceType,
    categoryName: s.categoryName,
    name: c.name,
    version: v.version,
    packages: c.packages,
    visible: visible(s),
    frozen: s.frozen,
  };
}
