import type { AppContext } from '../platform/context';
import type { Executor } from '../platform/db';
import { revokeAppAccess, simulateAuthorization } from '../modules/apps';
import { getCategory } from '../modules/catalog';
import { depositOverview } from '../modules/deposits';
import { syncListing } from '../modules/market';
import type { DepositStatus, ServicePorts } from '../modules/services';

/**
 * Whether a service's deposit is held. Under the "sum" rule (xiaohongshu) each service has its
 * own requirement (source 'service', id = the service's id, required when the draft is created)
 * and it must be fully held. Under "highest" (kuaishou) the one held amount must cover the
 * service's category deposit.
 */
export async function serviceDepositStatus(
  ctx: AppContext,
  s: { providerId: string; serviceId: string; categoryId: string },
  ex: Executor = ctx.db,
): Promise<DepositStatus> {
  const o = await depositOverview(ctx, s.providerId, ex);
  if (o.rule === 'sum') {
    const req = o.requirements.find(
      (r) => r.sourceType === 'service' && r.sourceId === s.serviceId,
    );
    if (!req) return { requiredFen: 0, heldFen: 0, held: true };
    return { requiredFen: req.amountFen, heldFen: req.heldFen, held: req.heldFen >= req.amountFen };
  }
  const category = await getCategory(ctx, s.categoryId, ex);
  const requiredFen = category?.depositFen ?? 0;
  return { requiredFen, heldFen: o.held, held: o.held >= requiredFen };
}

/** The services module's view of deposits and the open platform. */
export const servicePorts: ServicePorts = {
  depositStatus: serviceDepositStatus,
  simulateAuthorization: async (ctx, appId) => {
    const sim = await simulateAuthorization(ctx, appId);
    return {
      ok: sim.ok,
      statusCode: sim.statusCode,
      error: sim.error,
      redirectUri: sim.redirectUri,
    };
  },
  // The market's read model changes in the same transaction as the service (ADR 0006).
  liveChanged: syncListing,
  cutAppAccess: (tx, appId, now) => revokeAppAccess(tx, appId, now, 'service_purged'),
};
