import type { Actor, AppContext } from '../../platform/context';
import type { Executor } from '../../platform/db';
import { AppError, notFound } from '../../platform/errors';
import { requireOperator } from '../../platform/guards';
import { t } from '../../platform/messages';
import type { LiftableKind, PenaltyKind } from '../../../contracts/services';
import { getAccount } from '../accounts';
import { recordAudit } from '../audit';
import { enqueueNotice } from '../notifications';
import * as repo from './services.repo';
import { contentOf, type ServicePorts } from './services-common';

type Operator = ReturnType<typeof requireOperator>;
type PenaltyPorts = Pick<ServicePorts, 'liveChanged' | 'cutAppAccess'>;

const PENALTY_SET: Record<PenaltyKind, (s: repo.ServiceRow) => Partial<repo.ServiceRow>> = {
  hide: () => ({ hidden: true }),
  delist: (s) => ({
    listing: s.listing === 'listed' ? 'delisted' : s.listing,
    listingBlocked: true,
  }),
  freeze: () => ({ frozen: true }),
  purge: (s) => ({
    purged: true,
    hidden: true,
    listingBlocked: true,
    listing: s.listing === 'listed' ? 'delisted' : s.listing,
    review: s.review === 'in_review' ? 'rejected' : s.review,
    pendingVersionId: null,
  }),
};

const LIFT_SET: Record<LiftableKind, Partial<repo.ServiceRow>> = {
  hide: { hidden: false },
  freeze: { frozen: false },
};
const inForce = (s: repo.ServiceRow, kind: LiftableKind) => (kind === 'hide' ? s.hidden : s.frozen);

const reasonRequired = () =>
  new AppError('SERVICES.PENALTY_REASON_REQUIRED', 422, {
    fields: { reason: 'SERVICES.PENALTY_REASON_REQUIRED' },
  });

/**
 * One penalty on one service inside the caller's transaction: the state, its history, the market
 * read model, open-platform access (purge), the audit record and the provider's SMS. Provider-level
 * penalties (expel, revoke category) call it once per service.
 */
export async function applyServicePenalty(
  ctx: AppContext,
  tx: Executor,
  op: Operator,
  id: string,
  p: { kind: PenaltyKind; reason: string; cause?: string },
  ports: PenaltyPorts,
) {
  const now = ctx.clock.now();
  const s = await repo.lockService(tx, id);
  if (!s) throw notFound();
  if (s.purged && p.kind !== 'purge')
    throw new AppError('SERVICES.PENALIZED', 409, {
      params: { kind: t('penalty.purge', 'zh-CN') },
    });
  const penalties = [...s.penalties, { kind: p.kind, reason: p.reason, at: now.toISOString() }];
  await repo.updateServiceWhere(
    tx,
    id,
    {},
    { ...PENALTY_SET[p.kind](s), penalties, updatedAt: now },
  );
  await ports.liveChanged(tx, id);
  const revokedGrants =
    p.kind === 'purge' && s.appId ? await ports.cutAppAccess(tx, s.appId, now) : 0;
  await recordAudit(tx, now, op, {
    action: `service.penalty.${p.kind}`,
    targetType: 'service',
    targetId: id,
    detail: { reason: p.reason, listing: s.listing, cause: p.cause ?? null, revokedGrants },
  });
  await noticeProvider(ctx, tx, s, 'sms.servicePenalized', p.kind, p.reason);
}

async function noticeProvider(
  ctx: AppContext,
  tx: Executor,
  s: repo.ServiceRow,
  template: 'sms.servicePenalized' | 'sms.servicePenaltyLifted',
  kind: PenaltyKind,
  reason: string,
) {
  const account = await getAccount(ctx, s.accountId, tx);
  if (!account) return;
  await enqueueNotice(tx, ctx.clock.now(), {
    channel: 'sms',
    recipient: account.mobile,
    template,
    params: { name: contentOf(s.draft).name, kind: t(`penalty.${kind}`, 'zh-CN'), reason },
  });
}

/** An operator's penalty on a service, with its reason and an audit record, in one transaction. */
export async function penalizeService(
  ctx: AppContext,
  actor: Actor | null,
  id: string,
  p: { kind: PenaltyKind; reason: string },
  ports: PenaltyPorts,
) {
  const op = requireOperator(actor, 'reviewer');
  if (!p.reason.trim()) throw reasonRequired();
  await ctx.db.transaction((tx) => applyServicePenalty(ctx, tx, op, id, p, ports));
}

/**
 * Lifts a hide or a freeze: the flag goes, the latest record of that penalty is marked lifted, the
 * market follows (a listed service shows again / takes orders again). A purged service stays so.
 */
export async function liftServicePenalty(
  ctx: AppContext,
  actor: Actor | null,
  id: string,
  p: { kind: LiftableKind; reason: string },
  ports: Pick<ServicePorts, 'liveChanged'>,
) {
  const op = requireOperator(actor, 'reviewer');
  if (!p.reason.trim()) throw reasonRequired();
  const now = ctx.clock.now();
  await ctx.db.transaction(async (tx) => {
    const s = await repo.lockService(tx, id);
    if (!s) throw notFound();
    if (s.purged) throw new AppError('SERVICES.PENALTY_FINAL', 409);
    if (!inForce(s, p.kind)) throw new AppError('SERVICES.PENALTY_NOT_ACTIVE', 409);
    const last = s.penalties.findLastIndex((x) => x.kind === p.kind && !x.liftedAt);
    const penalties = s.penalties.map((x, i) =>
      i === last ? { ...x, liftedAt: now.toISOString(), liftReason: p.reason } : x,
    );
    await repo.updateServiceWhere(tx, id, {}, { ...LIFT_SET[p.kind], penalties, updatedAt: now });
    await ports.liveChanged(tx, id);
    await recordAudit(tx, now, op, {
      action: `service.penalty.${p.kind}.lift`,
      targetType: 'service',
      targetId: id,
      detail: { reason: p.reason },
    });
    await noticeProvider(ctx, tx, s, 'sms.servicePenaltyLifted', p.kind, p.reason);
  });
}

/** Expulsion: every service of the provider not yet purged is purged (API access cut with it). */
export async function purgeProviderServices(
  ctx: AppContext,
  tx: Executor,
  op: Operator,
  providerId: string,
  reason: string,
  ports: PenaltyPorts,
) {
  const rows = (await repo.listServicesOf(tx, providerId)).filter((s) => !s.purged);
  for (const s of rows)
    await applyServicePenalty(ctx, tx, op, s.id, { kind: 'purge', reason, cause: 'expel' }, ports);
  return rows.length;
}

/** A revoked category: the provider's services in it are delisted and blocked from relisting. */
export async function delistCategoryServices(
  ctx: AppContext,
  tx: Executor,
  op: Operator,
  s: { providerId: string; categoryId: string; reason: string },
  ports: PenaltyPorts,
) {
  const rows = (await repo.listServicesOf(tx, s.providerId)).filter(
    (x) => x.categoryId === s.categoryId && !x.purged,
  );
  for (const x of rows)
    await applyServicePenalty(
      ctx,
      tx,
      op,
      x.id,
      { kind: 'delist', reason: s.reason, cause: 'revoke_category' },
      ports,
    );
  return rows.length;
}
