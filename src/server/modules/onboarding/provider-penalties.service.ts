import type { Executor } from '../../platform/db';
import { AppError } from '../../platform/errors';
import type {
  ProviderPenaltyKind,
  ProviderPenaltyView,
} from '../../../contracts/provider-penalties';
import * as repo from './onboarding.repo';
import type { ProviderPenaltyRecord } from './onboarding.tables';

/** The provider, locked for the penalty's transaction; 404 when there is none. */
async function lockedProvider(tx: Executor, providerId: string) {
  const p = await repo.lockProvider(tx, providerId);
  if (!p) throw new AppError('ONBOARDING.PROVIDER_NOT_FOUND', 404);
  if (p.expelled) throw new AppError('ONBOARDING.PROVIDER_EXPELLED', 409);
  return p;
}

/**
 * Records a provider-level penalty and sets its flag, inside the caller's transaction. Expulsion
 * is final: an expelled provider takes no further penalty and no lift.
 */
export async function recordProviderPenalty(
  tx: Executor,
  providerId: string,
  r: {
    kind: ProviderPenaltyKind;
    reason: string;
    at: Date;
    categoryId?: string;
    categoryName?: string;
  },
) {
  const p = await lockedProvider(tx, providerId);
  if (r.kind === 'freeze_publishing' && p.publishingFrozen)
    throw new AppError('ONBOARDING.PENALTY_ACTIVE', 409);
  const record: ProviderPenaltyRecord = {
    kind: r.kind,
    reason: r.reason,
    at: r.at.toISOString(),
    ...(r.categoryId ? { categoryId: r.categoryId, categoryName: r.categoryName } : {}),
  };
  await repo.updateProvider(tx, providerId, {
    penalties: [...p.penalties, record],
    ...(r.kind === 'freeze_publishing' ? { publishingFrozen: true } : {}),
    ...(r.kind === 'expel' ? { expelled: true } : {}),
  });
  return p;
}

/** Lifts the publishing freeze (the only liftable provider penalty), marking its record. */
export async function liftPublishingFreeze(
  tx: Executor,
  providerId: string,
  r: { reason: string; at: Date },
) {
  const p = await lockedProvider(tx, providerId);
  if (!p.publishingFrozen) throw new AppError('ONBOARDING.PENALTY_NOT_ACTIVE', 409);
  const last = p.penalties.findLastIndex((x) => x.kind === 'freeze_publishing' && !x.liftedAt);
  await repo.updateProvider(tx, providerId, {
    publishingFrozen: false,
    penalties: p.penalties.map((x, i) =>
      i === last ? { ...x, liftedAt: r.at.toISOString(), liftReason: r.reason } : x,
    ),
  });
  return p;
}

/** A provider by id (ops pages address providers by id), with its penalties as views. */
export async function findProviderStanding(ex: Executor, providerId: string) {
  const p = await repo.findProviderById(ex, providerId);
  if (!p) throw new AppError('ONBOARDING.PROVIDER_NOT_FOUND', 404);
  return {
    providerId: p.id,
    accountId: p.accountId,
    companyName: p.companyName,
    publishingFrozen: p.publishingFrozen,
    expelled: p.expelled,
    penalties: p.penalties.map((x): ProviderPenaltyView => ({
      kind: x.kind as ProviderPenaltyKind,
      reason: x.reason,
      at: x.at,
      categoryId: x.categoryId ?? null,
      categoryName: x.categoryName ?? null,
      liftedAt: x.liftedAt ?? null,
      liftReason: x.liftReason ?? null,
    })),
  };
}
