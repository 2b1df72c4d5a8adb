import type { Actor, AppContext } from '../../platform/context';
import type { Executor, Tx } from '../../platform/db';
import { AppError } from '../../platform/errors';
import { requireKind } from '../../platform/guards';
import { newId, randomToken, sha256 } from '../../platform/ids';
import type { AuthorizeQuery, ConsentReply } from '../../../contracts/oauth';
import { getProviderProfile } from '../onboarding';
import { getPolicy } from '../policy';
import * as appsRepo from './apps.repo';
import * as repo from './oauth.repo';
import {
  checkAuthorize,
  redirectWith,
  type AuthorizeCheck,
  type PageErrorCode,
} from './oauth.rules';
import { enqueueWebhook } from './webhooks.service';

export type AuthorizeOutcome =
  { kind: 'page'; code: PageErrorCode } | { kind: 'location'; url: string };

async function check(ex: Executor, q: AuthorizeQuery) {
  const app = q.client_id ? await appsRepo.findAppByKey(ex, q.client_id) : null;
  return { app, c: checkAuthorize(q, app) };
}

const errorRedirect = (c: Extract<AuthorizeCheck, { kind: 'redirect' }>, iss: string) =>
  redirectWith(c.redirectUri, {
    error: c.error,
    error_description: c.description,
    state: c.state,
    iss,
  });

/** GET /oauth/authorize: on to the consent page, back to the client with an error, or our error page. */
export async function startAuthorization(
  ctx: AppContext,
  q: AuthorizeQuery,
  issuer: string,
): Promise<AuthorizeOutcome> {
  const { c } = await check(ctx.db, q);
  if (c.kind === 'page') return c;
  if (c.kind === 'redirect') return { kind: 'location', url: errorRedirect(c, issuer) };
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(q)) if (v !== undefined) params.set(k, v);
  return { kind: 'location', url: `/market/oauth/authorize?${params}` };
}

/** What the consent page names: the app, its provider and each scope. */
export async function getConsent(
  ctx: AppContext,
  actor: Actor | null,
  q: AuthorizeQuery,
  issuer: string,
): Promise<ConsentReply> {
  const m = requireKind(actor, 'merchant');
  const { app, c } = await check(ctx.db, q);
  if (c.kind === 'page') throw new AppError(c.code, 400);
  if (c.kind === 'redirect') return { kind: 'redirect', redirectTo: errorRedirect(c, issuer) };
  if (!app) throw new AppError('OAUTH.INVALID_CLIENT', 400);
  const [profile, grant] = await Promise.all([
    getProviderProfile(ctx, app.accountId),
    repo.findLiveGrant(ctx.db, app.id, m.accountId),
  ]);
  return {
    kind: 'consent',
    app: {
      id: app.id,
      name: app.name,
      description: app.description,
      logoUrl: app.logoFileId ? `/api/market/apps/${app.id}/logo` : null,
    },
    provider: { companyName: profile?.companyName ?? '' },
    scopes: c.scopes,
    redirectUri: c.redirectUri,
    alreadyGranted: grant !== null && c.scopes.every((s) => grant.scopes.includes(s)),
  };
}

/**
 * Records the grant (scopes add up over consents) and a single-use code, stored as a hash.
 * Used by the consent decision and by the simulated authorization of reviews.
 */
export async function issueCode(
  tx: Tx,
  now: Date,
  codeSeconds: number,
  g: {
    appId: string;
    accountId: string;
    redirectUri: string;
    scopes: string[];
    codeChallenge: string;
  },
) {
  const live = await repo.findLiveGrant(tx, g.appId, g.accountId);
  const grant = await repo.upsertGrant(tx, {
    id: newId('oag'),
    appId: g.appId,
    accountId: g.accountId,
    scopes: [...new Set([...(live?.scopes ?? []), ...g.scopes])],
    createdAt: now,
    updatedAt: now,
    revokedAt: null,
  });
  const code = `fwac_${randomToken(32)}`;
  await repo.insertCode(tx, {
    id: newId('oac'),
    codeHash: sha256(code),
    grantId: grant.id,
    appId: g.appId,
    accountId: g.accountId,
    redirectUri: g.redirectUri,
    scopes: g.scopes,
    codeChallenge: g.codeChallenge,
    createdAt: now,
    expiresAt: new Date(now.getTime() + codeSeconds * 1000),
    usedAt: null,
  });
  return { code, grantId: grant.id };
}

/** The merchant's answer on the consent page (a CSRF-protected API call): where the browser goes next. */
export async function decide(
  ctx: AppContext,
  actor: Actor | null,
  body: AuthorizeQuery & { decision: 'approve' | 'deny' },
  issuer: string,
): Promise<{ redirectTo: string }> {
  const m = requireKind(actor, 'merchant');
  const { decision, ...q } = body;
  const { app, c } = await check(ctx.db, q);
  if (c.kind === 'page') throw new AppError(c.code, 400);
  if (c.kind === 'redirect') return { redirectTo: errorRedirect(c, issuer) };
  if (!app) throw new AppError('OAUTH.INVALID_CLIENT', 400);
  if (decision === 'deny') {
    const error = { error: 'access_denied', error_description: 'the merchant declined' };
    return { redirectTo: redirectWith(c.redirectUri, { ...error, state: c.state, iss: issuer }) };
  }
  const { oauthCodeSeconds } = await getPolicy(ctx);
  const now = ctx.clock.now();
  const code = await ctx.db.transaction(async (tx) => {
    const issued = await issueCode(tx, now, oauthCodeSeconds, {
      appId: app.id,
      accountId: m.accountId,
      redirectUri: c.redirectUri,
      scopes: c.scopes,
      codeChallenge: c.codeChallenge,
    });
    await enqueueWebhook(tx, now, app.id, 'authorization.granted', {
      authorizationId: issued.grantId,
      merchantId: m.accountId,
      scopes: c.scopes,
    });
    return issued.code;
  });
  return { redirectTo: redirectWith(c.redirectUri, { code, state: c.state, iss: issuer }) };
}
