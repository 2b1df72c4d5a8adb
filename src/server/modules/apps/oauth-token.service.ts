import type { AppContext } from '../../platform/context';
import type { Tx } from '../../platform/db';
import { newId, randomToken, sha256 } from '../../platform/ids';
import type { TokenBody, TokenReply } from '../../../contracts/oauth';
import { getPolicy } from '../policy';
import * as appsRepo from './apps.repo';
import * as repo from './oauth.repo';
import {
  lifetimesOf,
  parseBasic,
  parseScope,
  pkceMatches,
  sameHash,
  tokenUsable,
  type Lifetimes,
} from './oauth.rules';
import { invalidClient, invalidGrant, invalidRequest, OAuthError } from './oauth.errors';

type Client = appsRepo.AppRow;
type Credentials = { client_id?: string; client_secret?: string };

/** client_secret_basic or client_secret_post, exactly one of them (RFC 6749 §2.3.1). */
export async function authenticateClient(
  ctx: AppContext,
  body: Credentials,
  authorization: string | undefined,
): Promise<Client> {
  const basic = parseBasic(authorization);
  if (authorization && !basic) throw invalidClient();
  if (basic && body.client_secret) throw invalidRequest('use one client authentication method');
  if (basic && body.client_id && body.client_id !== basic.id)
    throw invalidRequest('client_id does not match the Authorization header');
  const id = basic?.id ?? body.client_id;
  const secret = basic?.secret ?? body.client_secret;
  if (!id || !secret) throw invalidClient();
  const app = await appsRepo.findAppByKey(ctx.db, id);
  if (!app || !sameHash(app.secretHash, sha256(secret))) throw invalidClient();
  return app;
}

type Issue = { familyId: string; appId: string; accountId: string; scopes: string[] };

/** A fresh access token and refresh token in `familyId`. */
async function issueTokens(tx: Tx, now: Date, life: Lifetimes, f: Issue): Promise<TokenReply> {
  const access = `fwat_${randomToken(32)}`;
  const refresh = `fwrt_${randomToken(32)}`;
  const row = (kind: string, token: string, seconds: number) => ({
    id: newId('oat'),
    tokenHash: sha256(token),
    kind,
    familyId: f.familyId,
    appId: f.appId,
    accountId: f.accountId,
    scopes: f.scopes,
    createdAt: now,
    expiresAt: new Date(now.getTime() + seconds * 1000),
  });
  await repo.insertTokens(tx, [
    row('access', access, life.access),
    row('refresh', refresh, life.refresh),
  ]);
  return {
    access_token: access,
    token_type: 'Bearer',
    expires_in: life.access,
    refresh_token: refresh,
    refresh_token_expires_in: life.refresh,
    scope: f.scopes.join(' '),
  };
}

/**
 * authorization_code: the code is spent before anything else is checked, so it is single use
 * whatever happens next; a code presented twice revokes every token issued from it.
 */
async function redeemCode(ctx: AppContext, client: Client, b: TokenBody): Promise<TokenReply> {
  if (!b.code || !b.redirect_uri || !b.code_verifier)
    throw invalidRequest('code, redirect_uri and code_verifier are required');
  const life = lifetimesOf(await getPolicy(ctx));
  const now = ctx.clock.now();
  const code = await repo.findCodeByHash(ctx.db, sha256(b.code));
  if (!code || code.appId !== client.id) throw invalidGrant('unknown code');
  const outcome = await ctx.db.transaction(async (tx) => {
    if (!(await repo.useCode(tx, code.id, now))) {
      await repo.revokeFamilies(tx, { codeId: code.id }, now, 'code_replay');
      return 'the code was already used; tokens issued from it are revoked';
    }
    if (code.expiresAt.getTime() <= now.getTime()) return 'the code has expired';
    if (code.redirectUri !== b.redirect_uri) return 'redirect_uri does not match';
    if (!pkceMatches(b.code_verifier, code.codeChallenge)) return 'code_verifier does not match';
    const grant = await repo.findGrant(tx, code.grantId);
    if (!grant || grant.revokedAt) return 'the authorization was revoked';
    const familyId = newId('oaf');
    await repo.insertFamily(tx, {
      id: familyId,
      grantId: grant.id,
      appId: client.id,
      accountId: code.accountId,
      codeId: code.id,
      scopes: code.scopes,
      createdAt: now,
    });
    return issueTokens(tx, now, life, {
      familyId,
      appId: client.id,
      accountId: code.accountId,
      scopes: code.scopes,
    });
  });
  if (typeof outcome === 'string') throw invalidGrant(outcome);
  return outcome;
}

/** refresh_token: rotated on every use; a spent one presented again revokes its whole family. */
async function refresh(ctx: AppContext, client: Client, b: TokenBody): Promise<TokenReply> {
  if (!b.refresh_token) throw invalidRequest('refresh_token is required');
  const life = lifetimesOf(await getPolicy(ctx));
  const now = ctx.clock.now();
  const chain = await repo.findTokenChain(ctx.db, sha256(b.refresh_token));
  if (!chain || chain.token.kind !== 'refresh' || chain.token.appId !== client.id)
    throw invalidGrant('unknown refresh token');
  const t = chain.token;
  if (t.expiresAt.getTime() <= now.getTime()) throw invalidGrant('the refresh token has expired');
  if (
    !t.rotatedAt &&
    !tokenUsable({ ...chain, expiresAt: t.expiresAt, revokedAt: t.revokedAt }, now)
  )
    throw invalidGrant('the refresh token is revoked');
  const scopes = b.scope === undefined ? t.scopes : parseScope(b.scope);
  if (!scopes.length || scopes.some((s) => !t.scopes.includes(s)))
    throw new OAuthError('invalid_scope', 'the scope exceeds the one granted');
  const outcome = await ctx.db.transaction(async (tx) => {
    if (!(await repo.rotateRefresh(tx, t.id, now))) {
      await repo.revokeFamilies(tx, { id: t.familyId }, now, 'refresh_reuse');
      return 'the refresh token was already used; its token family is revoked';
    }
    return issueTokens(tx, now, life, {
      familyId: t.familyId,
      appId: client.id,
      accountId: t.accountId,
      scopes,
    });
  });
  if (typeof outcome === 'string') throw invalidGrant(outcome);
  return outcome;
}

/** POST /oauth/token. Only authorization_code (with PKCE) and refresh_token are granted. */
export async function exchangeToken(
  ctx: AppContext,
  body: TokenBody,
  authorization: string | undefined,
): Promise<TokenReply> {
  const client = await authenticateClient(ctx, body, authorization);
  if (!body.grant_type) throw invalidRequest('grant_type is required');
  if (body.grant_type !== 'authorization_code' && body.grant_type !== 'refresh_token')
    throw new OAuthError(
      'unsupported_grant_type',
      `grant_type ${body.grant_type} is not supported`,
    );
  if (client.state !== 'online')
    throw new OAuthError('unauthorized_client', 'the app is not online');
  return body.grant_type === 'authorization_code'
    ? redeemCode(ctx, client, body)
    : refresh(ctx, client, body);
}

/**
 * POST /oauth/revoke (RFC 7009): a refresh token takes its whole family with it, an access token
 * only itself. Unknown tokens are not an error; another client's token is refused.
 */
export async function revokeToken(
  ctx: AppContext,
  body: Credentials & { token?: string },
  authorization: string | undefined,
): Promise<void> {
  const client = await authenticateClient(ctx, body, authorization);
  if (!body.token) throw invalidRequest('token is required');
  const chain = await repo.findTokenChain(ctx.db, sha256(body.token));
  if (!chain) return;
  if (chain.token.appId !== client.id)
    throw invalidRequest('the token was not issued to this client');
  const now = ctx.clock.now();
  await ctx.db.transaction(async (tx) => {
    if (chain.token.kind === 'refresh')
      await repo.revokeFamilies(tx, { id: chain.token.familyId }, now, 'revoked_by_client');
    else await repo.revokeToken(tx, chain.token.id, now);
  });
}
