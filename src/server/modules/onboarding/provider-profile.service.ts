import type { Actor, AppContext } from '../../platform/context';
import type { Executor } from '../../platform/db';
import { AppError } from '../../platform/errors';
import { requireKind } from '../../platform/guards';
import type { OnboardingFields } from '../../../contracts/onboarding';
import * as repo from './onboarding.repo';
import type { ProviderPenaltyRecord } from './onboarding.tables';

/** An onboarded provider (服务商) and the company data its approved application holds. */
export type ProviderProfile = {
  providerId: string;
  accountId: string;
  companyName: string;
  creditCode: string;
  enterpriseDeveloper: boolean;
  /** Operator penalties (SPEC §7): publishing frozen (liftable), expelled (final), their history. */
  publishingFrozen: boolean;
  expelled: boolean;
  penalties: ProviderPenaltyRecord[];
  approvedAt: Date;
  company: OnboardingFields;
};

export async function getProviderProfile(
  ctx: AppContext,
  accountId: string,
  ex: Executor = ctx.db,
): Promise<ProviderProfile | null> {
  const p = await repo.findProviderByAccount(ex, accountId);
  if (!p) return null;
  const approved = (await repo.listVersions(ex, p.applicationId))
    .filter((v) => v.decision === 'approved')
    .at(-1);
  return {
    providerId: p.id,
    accountId: p.accountId,
    companyName: p.companyName,
    creditCode: p.creditCode,
    enterpriseDeveloper: p.enterpriseDeveloper,
    publishingFrozen: p.publishingFrozen,
    expelled: p.expelled,
    penalties: p.penalties,
    approvedAt: p.createdAt,
    company: (approved?.data ?? {}) as OnboardingFields,
  };
}

/**
 * The guard for every provider capability after onboarding: a signed-in provider whose
 * onboarding was approved (403 `ONBOARDING.REQUIRED` otherwise).
 */
export async function requireOnboardedProvider(
  ctx: AppContext,
  actor: Actor | null,
  ex: Executor = ctx.db,
) {
  const p = requireKind(actor, 'provider');
  const profile = await getProviderProfile(ctx, p.accountId, ex);
  if (!profile) throw new AppError('ONBOARDING.REQUIRED', 403);
  return profile;
}

/** The registered company name of a provider (payer checks for bank transfers). */
export async function providerCompanyName(
  ctx: AppContext,
  providerId: string,
): Promise<string | null> {
  return (await repo.findProviderById(ctx.db, providerId))?.companyName ?? null;
}
