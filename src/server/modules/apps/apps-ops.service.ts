import type { Actor, AppContext } from '../../platform/context';
import { AppError, notFound } from '../../platform/errors';
import { requireOperator } from '../../platform/guards';
import type { AppScope, AppState } from '../../../contracts/apps';
import { recordAudit } from '../audit';
import { getFileRef } from '../files';
import { getProviderProfile } from '../onboarding';
import * as repo from './apps.repo';
import * as rules from './apps.rules';
import { simulateAuthorization, toSimulationView } from './simulate.service';

async function companyOf(ctx: AppContext, accountId: string, cache: Map<string, string>) {
  if (!cache.has(accountId))
    cache.set(accountId, (await getProviderProfile(ctx, accountId))?.companyName ?? '');
  return cache.get(accountId) ?? '';
}

/** The operators' queue: apps by state (developing first to check), with the last simulation. */
export async function listAppsForReview(
  ctx: AppContext,
  actor: Actor | null,
  q: { state?: AppState; q?: string; page: number; pageSize: number },
) {
  requireOperator(actor, 'reviewer');
  const { rows, total } = await repo.listAppsForOps(ctx.db, {
    state: q.state,
    q: q.q,
    limit: q.pageSize,
    offset: (q.page - 1) * q.pageSize,
  });
  const sims = await repo.latestSimulations(
    ctx.db,
    rows.map((r) => r.id),
  );
  const cache = new Map<string, string>();
  const items = [];
  for (const a of rows) {
    const sim = sims.find((s) => s.appId === a.id);
    items.push({
      id: a.id,
      appKey: a.appKey,
      name: a.name,
      providerCompany: await companyOf(ctx, a.accountId, cache),
      state: a.state as AppState,
      scopes: a.scopes as AppScope[],
      createdAt: a.createdAt.toISOString(),
      lastSimulation: sim ? toSimulationView(sim) : null,
    });
  }
  return { items, total };
}

export async function getAppForReview(ctx: AppContext, actor: Actor | null, id: string) {
  requireOperator(actor, 'reviewer');
  const a = await repo.findApp(ctx.db, id);
  if (!a) throw notFound();
  const sims = await repo.listSimulations(ctx.db, id, 20);
  return {
    id: a.id,
    appKey: a.appKey,
    name: a.name,
    providerCompany: await companyOf(ctx, a.accountId, new Map()),
    state: a.state as AppState,
    scopes: a.scopes as AppScope[],
    createdAt: a.createdAt.toISOString(),
    lastSimulation: sims[0] ? toSimulationView(sims[0]) : null,
    description: a.description,
    logo: a.logoFileId ? await getFileRef(ctx, a.logoFileId) : null,
    redirectUris: a.redirectUris,
    webhookUrl: a.webhookUrl,
    stateReason: a.stateReason,
    simulations: sims.map(toSimulationView),
  };
}

/** Brings an app online after the check, or suspends it; audited, and refused from a wrong state. */
export async function moveApp(
  ctx: AppContext,
  actor: Actor | null,
  id: string,
  action: rules.AppAction,
  reason: string | null,
) {
  const op = requireOperator(actor, 'reviewer');
  const a = await repo.findApp(ctx.db, id);
  if (!a) throw notFound();
  const to = rules.nextState(a.state as AppState, action);
  if (!to) throw new AppError('APPS.BAD_TRANSITION', 409);
  const now = ctx.clock.now();
  await ctx.db.transaction(async (tx) => {
    const moved = await repo.updateAppIn(tx, id, rules.statesAllowing(action), {
      state: to,
      stateReason: reason,
      updatedAt: now,
      ...(to === 'online' && !a.onlineAt ? { onlineAt: now } : {}),
    });
    if (!moved) throw new AppError('APPS.BAD_TRANSITION', 409);
    await recordAudit(tx, now, op, {
      action: `apps.${action}`,
      targetType: 'app',
      targetId: id,
      detail: { from: a.state, to, ...(reason ? { reason } : {}) },
    });
  });
  return getAppForReview(ctx, actor, id);
}

/** A reviewer's simulated authorization, recorded and audited. */
export async function simulateForReview(ctx: AppContext, actor: Actor | null, id: string) {
  const op = requireOperator(actor, 'reviewer');
  const sim = await simulateAuthorization(ctx, id);
  await recordAudit(ctx.db, ctx.clock.now(), op, {
    action: 'apps.simulate',
    targetType: 'app',
    targetId: id,
    detail: { ok: sim.ok, statusCode: sim.statusCode },
  });
  return sim;
}
