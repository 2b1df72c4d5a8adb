import type { Actor, AppContext } from '../../platform/context';
import type { Executor } from '../../platform/db';
import { AppError, notFound } from '../../platform/errors';
import { requireKind } from '../../platform/guards';
import { sha256 } from '../../platform/ids';
import type { AppScope } from '../../../contracts/apps';
import { maskMobile } from '../../../contracts/validators';
import { getAccount } from '../accounts';
import { getProviderProfile } from '../onboarding';
import * as repo from './oauth.repo';
import { parseBearer, tokenUsable } from './oauth.rules';
import { enqueueWebhook } from './webhooks.service';

/** "我的授权": the apps the merchant has authorized, with their provider and scopes. */
export async function listMyAuthorizations(ctx: AppContext, actor: Actor | null) {
  const m = requireKind(actor, 'merchant');
  const rows = await repo.listLiveGrantsOfAccount(ctx.db, m.accountId);
  const companies = new Map<string, string>();
  for (const { app } of rows) {
    if (!companies.has(app.accountId))
      companies.set(
        app.accountId,
        (await getProviderProfile(ctx, app.accountId))?.companyName ?? '',
      );
  }
  return {
    items: rows.map(({ grant, app }) => ({
      id: grant.id,
      appId: app.id,
      appName: app.name,
      logoUrl: app.logoFileId ? `/api/market/apps/${app.id}/logo` : null,
      providerCompany: companies.get(app.accountId) ?? '',
      scopes: grant.scopes as AppScope[],
      grantedAt: grant.createdAt.toISOString(),
      updatedAt: grant.updatedAt.toISOString(),
    })),
  };
}

/** Revokes the grant and, in the same transaction, every token issued under it. */
export async function revokeMyAuthorization(ctx: AppContext, actor: Actor | null, id: string) {
  const m = requireKind(actor, 'merchant');
  const now = ctx.clock.now();
  const revoked = await ctx.db.transaction(async (tx) => {
    const grant = await repo.revokeGrant(tx, id, m.accountId, now);
    if (!grant) return false;
    await repo.revokeFamilies(tx, { grantId: grant.id }, now, 'revoked_by_merchant');
    await enqueueWebhook(tx, now, grant.appId, 'authorization.revoked', {
      authorizationId: grant.id,
      merchantId: m.accountId,
    });
    return true;
  });
  if (!revoked) throw notFound();
}

/**
 * Cuts an app's open-platform access (its service was purged): every live grant of the app and,
 * in the caller's transaction, every token issued under them. The open API answers 401 afterwards.
 */
export async function revokeAppAccess(tx: Executor, appId: string, now: Date, reason: string) {
  const grants = await repo.revokeGrantsOfApp(tx, appId, now);
  for (const g of grants) {
    await repo.revokeFamilies(tx, { grantId: g.id }, now, reason);
    await enqueueWebhook(tx, now, appId, 'authorization.revoked', {
      authorizationId: g.id,
      merchantId: g.accountId,
    });
  }
  return grants.length;
}

/** What a bearer token lets an app do: act for one merchant, within its scopes. */
export type OpenAccess = { accountId: string; appId: string; scopes: AppScope[] };

export async function resolveAccessToken(
  ctx: AppContext,
  authorization: string | undefined,
): Promise<OpenAccess> {
  const token = parseBearer(authorization);
  const chain = token ? await repo.findTokenChain(ctx.db, sha256(token)) : null;
  if (
    !chain ||
    chain.token.kind !== 'access' ||
    !tokenUsable({ ...chain, ...chain.token }, ctx.clock.now())
  )
    throw new AppError('OPEN.INVALID_TOKEN', 401);
  return {
    accountId: chain.token.accountId,
    appId: chain.token.appId,
    scopes: chain.token.scopes as AppScope[],
  };
}

export function requireScope(access: OpenAccess, scope: AppScope) {
  if (!access.scopes.includes(scope))
    throw new AppError('OPEN.INSUFFICIENT_SCOPE', 403, { params: { scope } });
}

/** GET /open/v1/shop: the authorizing merchant, and nobody else. */
export async function getOpenShop(ctx: AppContext, access: OpenAccess) {
  requireScope(access, 'shop:read');
  const account = await getAccount(ctx, access.accountId);
  if (!account) throw new AppError('OPEN.INVALID_TOKEN', 401);
  return {
    merchantId: account.id,
    mobileMasked: maskMobile(account.mobile),
    authorizedScopes: access.scopes,
  };
}
