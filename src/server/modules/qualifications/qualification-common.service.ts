import type { AppContext } from '../../platform/context';
import type { Executor } from '../../platform/db';
import { AppError, notFound } from '../../platform/errors';
import type { Policy } from '../../../contracts/policy';
import type { CategoryDetail } from '../../../contracts/catalog';
import type { CategorySnapshot, QualificationState } from '../../../contracts/qualifications';
import { getFileRef, type FileRef } from '../files';
import type { ProviderProfile } from '../onboarding';
import * as repo from './qualifications.repo';
import type { CompanyFacts, Refusal } from './qualifications.rules';
import { REFUSAL_STATUS } from './qualifications.rules';

/** In the `app_category` mode (xiaohongshu) the app's category is the qualification. */
export function requirePerCategory(policy: Policy) {
  if (policy.qualificationMode !== 'per_category')
    throw new AppError('QUALIFICATIONS.APP_CATEGORY_MODE', 422);
}

/** Files are owned by the signed-in account, as onboarding's are (readable by it and operators). */
export const fileOwner = (p: ProviderProfile) => ({ kind: 'account', id: p.accountId });

export const companyFacts = (p: ProviderProfile): CompanyFacts => ({
  registeredCapitalWan: Number(p.company.registeredCapitalWan ?? 0),
  establishedOn: p.company.establishedOn ?? '1970-01-01',
  staffSize: Number(p.company.staffSize ?? 0),
});

export function snapshotOf(c: CategoryDetail): CategorySnapshot {
  return {
    categoryId: c.id,
    group: c.group,
    name: c.name,
    type: c.type,
    depositFen: c.depositFen,
    minRegisteredCapitalWan: c.minRegisteredCapitalWan,
    minYearsRegistered: c.minYearsRegistered,
    minStaff: c.minStaff,
    minCaseStudies: c.minCaseStudies,
    requiresMrdPrd: c.requiresMrdPrd,
    requiresCustomerService5x8: c.requiresCustomerService5x8,
    proofKind: c.proofKind,
  };
}

/** One error for a list of refusals: the first one's code, every field. */
export function refusalError(refusals: Refusal[]): AppError {
  const fields = Object.assign({}, ...refusals.map((r) => r.fields)) as Record<string, string>;
  const params = Object.assign({}, ...refusals.map((r) => r.params)) as Record<string, string>;
  const code = refusals[0].code;
  return new AppError(code, REFUSAL_STATUS[code] ?? 422, { fields, params });
}

/** The provider's own application; another provider's id answers 404, as if it did not exist. */
export async function ownApplication(
  ctx: AppContext,
  profile: ProviderProfile,
  id: string,
  ex: Executor = ctx.db,
) {
  const app = await repo.findApplication(ex, id);
  if (!app || app.providerId !== profile.providerId) throw notFound();
  return app;
}

export const stateOf = (a: repo.ApplicationRow) => a.state as QualificationState;

/** File id → reference, for every id given (unknown ids are left out). */
export async function fileRefs(ctx: AppContext, ids: Iterable<string>) {
  const out: Record<string, FileRef> = {};
  for (const id of new Set(ids)) {
    const ref = await getFileRef(ctx, id);
    if (ref) out[id] = ref;
  }
  return out;
}
