import type { AppContext } from '../../platform/context';
import type { Executor } from '../../platform/db';
import { AppError, notFound } from '../../platform/errors';
import { t, type Lang } from '../../platform/messages';
import type { Policy } from '../../../contracts/policy';
import type { ServiceType } from '../../../contracts/catalog';
import {
  serviceContentSchema,
  emptyServiceContent,
  type Precheck,
  type PrecheckKey,
  type ServiceContent,
  type ServiceListingState,
  type ServiceReviewState,
  type ServiceSummary,
  type ServiceVersionView,
} from '../../../contracts/services';
import type { ProviderProfile } from '../onboarding';
import * as repo from './services.repo';
import type { ServiceState } from './services.rules';

/** What the services module asks of others, wired in `flows/service-ports.ts`. */
export type DepositStatus = { requiredFen: number; heldFen: number; held: boolean };
export type SimulationResult = {
  ok: boolean;
  statusCode: number | null;
  error: string | null;
  redirectUri: string;
};
export type ServicePorts = {
  depositStatus(
    ctx: AppContext,
    s: { providerId: string; serviceId: string; categoryId: string },
    ex?: Executor,
  ): Promise<DepositStatus>;
  simulateAuthorization(ctx: AppContext, appId: string): Promise<SimulationResult>;
  /**
   * Called inside the transaction of every change to what merchants see of a service (its live
   * version, listing state or penalties), so a read model (the market's) changes with it.
   */
  liveChanged(tx: Executor, serviceId: string): Promise<void>;
  /** Purge: revokes every merchant's grant of the bound app and its tokens; how many grants. */
  cutAppAccess(tx: Executor, appId: string, now: Date): Promise<number>;
};

export type StoredPrecheck = {
  key: PrecheckKey;
  ok: boolean;
  code: string;
  params: Record<string, string | number>;
};

export function contentOf(raw: unknown): ServiceContent {
  const parsed = serviceContentSchema.safeParse(raw);
  return parsed.success ? parsed.data : emptyServiceContent();
}

export const stateOf = (s: repo.ServiceRow): ServiceState => ({
  review: s.review as ServiceReviewState,
  listing: s.listing as ServiceListingState,
  purged: s.purged,
  listingBlocked: s.listingBlocked,
});

/** The provider's own service; another provider's id answers 404, as if it did not exist. */
export async function ownService(
  ctx: AppContext,
  profile: ProviderProfile,
  id: string,
  ex: Executor = ctx.db,
) {
  const s = await repo.findService(ex, id);
  if (!s || s.providerId !== profile.providerId) throw notFound();
  return s;
}

/**
 * A provider whose publishing is frozen or who was expelled creates and submits nothing (409,
 * with the operator's reason); their listed services keep selling unless penalized themselves.
 */
export function refuseFrozenPublishing(profile: ProviderProfile) {
  if (!profile.expelled && !profile.publishingFrozen) return;
  const kind = profile.expelled ? 'expel' : 'freeze_publishing';
  const reason = profile.penalties.findLast((p) => p.kind === kind && !p.liftedAt)?.reason ?? '';
  throw profile.expelled
    ? new AppError('SERVICES.PROVIDER_EXPELLED', 409, { params: { reason } })
    : new AppError('SERVICES.PUBLISHING_FROZEN', 409, { params: { reason } });
}

export function refusePenalized(s: repo.ServiceRow, lang: Lang = 'zh-CN') {
  if (s.purged)
    throw new AppError('SERVICES.PENALIZED', 409, { params: { kind: t('penalty.purge', lang) } });
}

export function toSummary(s: repo.ServiceRow, appName: string | null = null): ServiceSummary {
  const draft = contentOf(s.draft);
  return {
    id: s.id,
    name: draft.name,
    categoryId: s.categoryId,
    categoryName: `${s.categoryGroup}-${s.categoryName}`,
    serviceType: s.serviceType as ServiceType,
    appId: s.appId,
    appName,
    review: s.review as ServiceReviewState,
    listing: s.listing as ServiceListingState,
    hidden: s.hidden,
    frozen: s.frozen,
    purged: s.purged,
    submittedAt: s.submittedAt?.toISOString() ?? null,
    expectedBy: s.review === 'in_review' ? s.expectedBy : null,
    updatedAt: s.updatedAt.toISOString(),
  };
}

/** A stored pre-check in the reader's language (an image issue's own text is nested in). */
export function precheckView(p: StoredPrecheck, lang: Lang): Precheck {
  const issue = typeof p.params.issueCode === 'string' ? t(p.params.issueCode, lang, p.params) : '';
  return { ...p, message: t(p.code, lang, { ...p.params, issue }) };
}

export function toVersionView(v: repo.VersionRow, lang: Lang): ServiceVersionView {
  return {
    id: v.id,
    version: v.version,
    content: contentOf(v.content),
    prechecks: (v.prechecks as StoredPrecheck[]).map((p) => precheckView(p, lang)),
    submittedAt: v.submittedAt.toISOString(),
    expectedBy: v.expectedBy,
    decision: (v.decision ?? null) as 'approved' | 'rejected' | null,
    reason: v.reason,
    decidedBy: v.decidedBy,
    decidedAt: v.decidedAt?.toISOString() ?? null,
  };
}

/** Limits as message params, so field messages can say "at most 15". */
export const limitParams = (p: Policy) => ({
  maxName: p.serviceNameMaxChars ?? 0,
  maxShort: p.shortDescriptionMaxChars ?? 0,
  tags: p.serviceTagsExactly ?? 0,
});

export const marketUrl = (id: string) => `/market/services/${id}`;
