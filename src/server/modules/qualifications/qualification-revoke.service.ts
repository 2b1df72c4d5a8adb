import type { Executor } from '../../platform/db';
import { AppError } from '../../platform/errors';
import * as repo from './qualifications.repo';

/**
 * An operator revokes a provider's approved qualification for a category (SPEC §7 penalty), in
 * the caller's transaction. The application becomes `revoked`: it no longer counts as approved
 * and makes room for a new application (the provider must apply again).
 */
export async function revokeCategoryApproval(
  tx: Executor,
  providerId: string,
  categoryId: string,
  r: { reason: string; at: Date },
) {
  const live = await repo.findLiveApplication(tx, providerId, categoryId);
  const revoked =
    live?.state === 'approved'
      ? await repo.updateApplicationIn(tx, live.id, ['approved'], {
          state: 'revoked',
          reason: r.reason,
          updatedAt: r.at,
        })
      : null;
  if (!revoked)
    throw new AppError('QUALIFICATIONS.NOT_APPROVED', 409, {
      fields: { categoryId: 'QUALIFICATIONS.NOT_APPROVED' },
    });
  return { applicationId: revoked.id, categoryName: revoked.categoryName };
}
