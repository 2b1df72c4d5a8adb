import type { Actor, AppContext } from '../platform/context';
import type { Executor } from '../platform/db';
import { requireKind, requireOperator } from '../platform/guards';
import { t } from '../platform/messages';
import type { ProviderPenaltyKind, ProviderStanding } from '../../contracts/provider-penalties';
import { getAccount } from '../modules/accounts';
import { recordAudit } from '../modules/audit';
import { enqueueNotice } from '../modules/notifications';
import {
  findProviderStanding,
  getProviderProfile,
  liftPublishingFreeze,
  recordProviderPenalty,
} from '../modules/onboarding';
import { approvedCategories, revokeCategoryApproval } from '../modules/qualifications';
import {
  delistCategoryServices,
  purgeProviderServices,
  type ServicePorts,
} from '../modules/services';

type PenaltyPorts = Pick<ServicePorts, 'liveChanged' | 'cutAppAccess'>;

/** A provider's standing: flags, penalty history and the categories an operator may revoke. */
async function standing(ctx: AppContext, providerId: string): Promise<ProviderStanding> {
  const { accountId: _a, ...s } = await findProviderStanding(ctx.db, providerId);
  const approved = await approvedCategories(ctx, providerId);
  return {
    ...s,
    approvedCategories: approved.map((c) => ({ categoryId: c.categoryId, name: c.name })),
  };
}

export async function getProviderStandingForOps(
  ctx: AppContext,
  actor: Actor | null,
  providerId: string,
) {
  requireOperator(actor, 'reviewer');
  return standing(ctx, providerId);
}

/** The provider's own console: any penalty and its reason (expelled providers still sign in). */
export async function getMyStanding(ctx: AppContext, actor: Actor | null) {
  const p = requireKind(actor, 'provider');
  const profile = await getProviderProfile(ctx, p.accountId);
  return profile ? standing(ctx, profile.providerId) : null;
}

async function notify(
  ctx: AppContext,
  tx: Executor,
  accountId: string,
  template: 'sms.providerPenalized' | 'sms.providerPenaltyLifted',
  kind: string,
  reason: string,
) {
  const account = await getAccount(ctx, accountId, tx);
  if (account)
    await enqueueNotice(tx, ctx.clock.now(), {
      channel: 'sms',
      recipient: account.mobile,
      template,
      params: { kind, reason },
    });
}

/**
 * A provider-level penalty in one transaction: the provider's record and flag, what it does to
 * their services and qualification, the audit record and the SMS. Nothing is half-written.
 */
export async function penalizeProvider(
  ctx: AppContext,
  actor: Actor | null,
  providerId: string,
  b: { kind: ProviderPenaltyKind; reason: string; categoryId?: string },
  ports: PenaltyPorts,
) {
  const op = requireOperator(actor, 'reviewer');
  const at = ctx.clock.now();
  await ctx.db.transaction(async (tx) => {
    let category: { categoryId: string; categoryName: string } | null = null;
    if (b.kind === 'revoke_category') {
      const r = await revokeCategoryApproval(tx, providerId, b.categoryId!, {
        reason: b.reason,
        at,
      });
      category = { categoryId: b.categoryId!, categoryName: r.categoryName };
    }
    const p = await recordProviderPenalty(tx, providerId, {
      kind: b.kind,
      reason: b.reason,
      at,
      ...(category ?? {}),
    });
    const affected =
      b.kind === 'expel'
        ? await purgeProviderServices(ctx, tx, op, providerId, b.reason, ports)
        : category
          ? await delistCategoryServices(
              ctx,
              tx,
              op,
              { providerId, categoryId: category.categoryId, reason: b.reason },
              ports,
            )
          : 0;
    await recordAudit(tx, at, op, {
      action: `provider.penalty.${b.kind}`,
      targetType: 'provider',
      targetId: providerId,
      detail: { reason: b.reason, categoryId: category?.categoryId ?? null, services: affected },
    });
    const kind = t(`penalty.${b.kind}`, 'zh-CN', { category: category?.categoryName ?? '' });
    await notify(ctx, tx, p.accountId, 'sms.providerPenalized', kind, b.reason);
  });
  return standing(ctx, providerId);
}

/** Lifts a publishing freeze; revoke-category and expel are not liftable (the schema says so). */
export async function liftProviderPenalty(
  ctx: AppContext,
  actor: Actor | null,
  providerId: string,
  b: { kind: 'freeze_publishing'; reason: string },
) {
  const op = requireOperator(actor, 'reviewer');
  const at = ctx.clock.now();
  await ctx.db.transaction(async (tx) => {
    const p = await liftPublishingFreeze(tx, providerId, { reason: b.reason, at });
    await recordAudit(tx, at, op, {
      action: `provider.penalty.${b.kind}.lift`,
      targetType: 'provider',
      targetId: providerId,
      detail: { reason: b.reason },
    });
    await notify(
      ctx,
      tx,
      p.accountId,
      'sms.providerPenaltyLifted',
      t(`penalty.${b.kind}`, 'zh-CN'),
      b.reason,
    );
  });
  return standing(ctx, providerId);
}
