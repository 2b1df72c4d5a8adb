import type { Actor, AppContext } from '../../platform/context';
import type { Executor } from '../../platform/db';
import { notFound } from '../../platform/errors';
import type {
  CategorySnapshot,
  Materials,
  QualificationDetail,
  QualificationSummary,
} from '../../../contracts/qualifications';
import type { ServiceType } from '../../../contracts/catalog';
import { getCategory } from '../catalog';
import { requireOnboardedProvider } from '../onboarding';
import { getPolicy } from '../policy';
import * as repo from './qualifications.repo';
import { canEdit, canWithdraw, materialFiles } from './qualifications.rules';
import { fileRefs, ownApplication, snapshotOf, stateOf } from './qualification-common.service';
import { getCertificationSummary } from './certification.service';

export function toSummary(a: repo.ApplicationRow): QualificationSummary {
  return {
    id: a.id,
    categoryId: a.categoryId,
    categoryGroup: a.categoryGroup,
    categoryName: a.categoryName,
    serviceType: a.serviceType as ServiceType,
    state: stateOf(a),
    version: a.currentVersion,
    createdAt: a.createdAt.toISOString(),
    submittedAt: a.submittedAt?.toISOString() ?? null,
    expectedFrom: a.expectedFrom,
    expectedBy: a.expectedBy,
    decidedAt: a.decidedAt?.toISOString() ?? null,
    reason: a.reason,
  };
}

export function toVersionView(v: repo.VersionRow) {
  return {
    version: v.version,
    requirements: v.requirements as CategorySnapshot,
    materials: v.materials as Materials,
    submittedAt: v.submittedAt.toISOString(),
    decision: (v.decision ?? null) as 'approved' | 'rejected' | null,
    reason: v.reason,
    decidedAt: v.decidedAt?.toISOString() ?? null,
  };
}

/** "My qualifications" (我的资质): every application, and the certification's state. */
export async function getMyQualifications(ctx: AppContext, actor: Actor | null) {
  const profile = await requireOnboardedProvider(ctx, actor);
  const policy = await getPolicy(ctx);
  const rows = await repo.listApplicationsOf(ctx.db, profile.providerId);
  return {
    mode: policy.qualificationMode,
    applications: rows.map(toSummary),
    certification: await getCertificationSummary(ctx, profile.providerId),
  };
}

/** The requirements a form should ask for: live while editable, else as last submitted. */
async function requirementsFor(
  ctx: AppContext,
  a: repo.ApplicationRow,
  versions: repo.VersionRow[],
) {
  const latest = versions.at(-1);
  if (latest && !canEdit(stateOf(a))) return latest.requirements as CategorySnapshot;
  const live = await getCategory(ctx, a.categoryId);
  if (live) return snapshotOf(live);
  if (latest) return latest.requirements as CategorySnapshot;
  throw notFound(); // categories are retired, never deleted
}

export async function describeApplication(ctx: AppContext, a: repo.ApplicationRow) {
  const versions = await repo.listVersions(ctx.db, a.id);
  const policy = await getPolicy(ctx);
  const draft = a.draft as Materials;
  const ids = [draft, ...versions.map((v) => v.materials as Materials)].flatMap((m) =>
    materialFiles(m).map((f) => f.id),
  );
  const requirements = await requirementsFor(ctx, a, versions);
  return {
    ...toSummary(a),
    requirements,
    draft,
    files: await fileRefs(ctx, ids),
    versions: versions.map(toVersionView),
    canWithdraw: canWithdraw(stateOf(a), policy.lockApprovedCategory),
  };
}

export async function getMyApplication(
  ctx: AppContext,
  actor: Actor | null,
  id: string,
): Promise<QualificationDetail> {
  const profile = await requireOnboardedProvider(ctx, actor);
  return describeApplication(ctx, await ownApplication(ctx, profile, id));
}

/**
 * The categories a provider is approved for, with the deposit each requires (kuaishou's
 * required deposit is the highest of these). Safe inside a transaction: pass it as `ex`.
 */
export async function approvedCategories(
  ctx: AppContext,
  providerId: string,
  ex: Executor = ctx.db,
) {
  const rows = await repo.listApprovedOf(ex, providerId);
  const out: Array<{ categoryId: string; name: string; type: ServiceType; depositFen: number }> =
    [];
  for (const a of rows) {
    const latest = (await repo.listVersions(ex, a.id)).at(-1);
    const snap = latest?.requirements as CategorySnapshot | undefined;
    const live = await getCategory(ctx, a.categoryId, ex);
    out.push({
      categoryId: a.categoryId,
      name: a.categoryName,
      type: a.serviceType as ServiceType,
      // The deposit follows the catalog (an operator may change it); the snapshot if it is gone.
      depositFen: live?.depositFen ?? snap?.depositFen ?? 0,
    });
  }
  return out;
}

export async function isCategoryApproved(
  ctx: AppContext,
  providerId: string,
  categoryId: string,
  ex: Executor = ctx.db,
): Promise<boolean> {
  const live = await repo.findLiveApplication(ex, providerId, categoryId);
  return live?.state === 'approved';
}
