import { createHash, timingSafeEqual } from 'node:crypto';
import { appScopes, type AppScope } from '../../../contracts/apps';
import type { AuthorizeQuery } from '../../../contracts/oauth';

/** What the authorization endpoint needs to know of a client. */
export type ClientView = {
  appKey: string;
  state: string;
  redirectUris: string[];
  scopes: string[];
};

/** Errors shown on our own page: the redirect URI is not trusted, so the browser stays here. */
export type PageErrorCode =
  | 'OAUTH.INVALID_REQUEST'
  | 'OAUTH.INVALID_CLIENT'
  | 'OAUTH.INVALID_REDIRECT_URI'
  | 'OAUTH.CLIENT_UNAVAILABLE';

export type AuthorizeCheck =
  | { kind: 'page'; code: PageErrorCode }
  | { kind: 'redirect'; redirectUri: string; error: string; description: string; state?: string }
  | {
      kind: 'ok';
      redirectUri: string;
      scopes: AppScope[];
      state?: string;
      codeChallenge: string;
    };

const S256_CHALLENGE = /^[A-Za-z0-9_-]{43}$/;
const VERIFIER = /^[A-Za-z0-9._~-]{43,128}$/;

export function parseScope(scope: string | undefined): string[] {
  return [...new Set((scope ?? '').split(' ').filter(Boolean))];
}

/** Client first, then the redirect URI (exact string match), then everything else (RFC 9700). */
export function checkAuthorize(p: AuthorizeQuery, client: ClientView | null): AuthorizeCheck {
  if (!p.client_id || !client) return { kind: 'page', code: 'OAUTH.INVALID_CLIENT' };
  if (!p.redirect_uri || !client.redirectUris.includes(p.redirect_uri))
    return { kind: 'page', code: 'OAUTH.INVALID_REDIRECT_URI' };
  if (client.state !== 'online') return { kind: 'page', code: 'OAUTH.CLIENT_UNAVAILABLE' };
  const back = (error: string, description: string): AuthorizeCheck => ({
    kind: 'redirect',
    redirectUri: p.redirect_uri!,
    error,
    description,
    state: p.state,
  });
  if (p.response_type !== 'code')
    return back('unsupported_response_type', 'only response_type=code is supported');
  if (!p.code_challenge) return back('invalid_request', 'code_challenge is required (PKCE)');
  if (p.code_challenge_method !== 'S256')
    return back('invalid_request', 'code_challenge_method must be S256');
  if (!S256_CHALLENGE.test(p.code_challenge))
    return back('invalid_request', 'code_challenge is not a base64url SHA-256 value');
  const requested = p.scope === undefined ? client.scopes : parseScope(p.scope);
  if (requested.length === 0 || requested.some((s) => !client.scopes.includes(s)))
    return back('invalid_scope', 'the scope is not registered for this app');
  return {
    kind: 'ok',
    redirectUri: p.redirect_uri,
    scopes: requested.filter((s): s is AppScope => (appScopes as readonly string[]).includes(s)),
    state: p.state,
    codeChallenge: p.code_challenge,
  };
}

/** The redirect URI with response parameters added (its own query is kept). */
export function redirectWith(uri: string, params: Record<string, string | undefined>): string {
  const url = new URL(uri);
  for (const [k, v] of Object.entries(params)) if (v !== undefined) url.searchParams.set(k, v);
  return url.toString();
}

export const s256 = (verifier: string) => createHash('sha256').update(verifier).digest('base64url');

/** PKCE (RFC 7636 §4.6): the verifier is well formed and hashes to the stored challenge. */
export function pkceMatches(verifier: string | undefined, challenge: string): boolean {
  if (!verifier || !VERIFIER.test(verifier)) return false;
  const a = Buffer.from(s256(verifier));
  const b = Buffer.from(challenge);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** Constant-time comparison of two hex digests. */
export function sameHash(a: string, b: string): boolean {
  const x = Buffer.from(a, 'hex');
  const y = Buffer.from(b, 'hex');
  return x.length === y.length && x.length > 0 && timingSafeEqual(x, y);
}

/** A token row with what it hangs on: usable only if nothing in the chain is revoked or over. */
export type TokenChain = {
  expiresAt: Date;
  revokedAt: Date | null;
  familyRevokedAt: Date | null;
  grantRevokedAt: Date | null;
  appState: string;
};

export function tokenUsable(c: TokenChain, now: Date): boolean {
  return (
    c.expiresAt.getTime() > now.getTime() &&
    c.revokedAt === null &&
    c.familyRevokedAt === null &&
    c.grantRevokedAt === null &&
    c.appState === 'online'
  );
}

/** Lifetimes in seconds, from the policy (SPEC §1). */
export type Lifetimes = { code: number; access: number; refresh: number };
export function lifetimesOf(p: {
  oauthCodeSeconds: number;
  oauthAccessSeconds: number;
  oauthRefreshSeconds: number;
}): Lifetimes {
  return { code: p.oauthCodeSeconds, access: p.oauthAccessSeconds, refresh: p.oauthRefreshSeconds };
}

/** client_secret_basic: `Basic base64(urlencode(id):urlencode(secret))` (RFC 6749 §2.3.1). */
export function parseBasic(header: string | undefined): { id: string; secret: string } | null {
  const m = /^Basic\s+([A-Za-z0-9+/=]+)\s*$/i.exec(header ?? '');
  if (!m) return null;
  const text = Buffer.from(m[1], 'base64').toString('utf8');
  const i = text.indexOf(':');
  if (i < 0) return null;
  const dec = (s: string) => {
    try {
      return decodeURIComponent(s.replace(/\+/g, ' '));
    } catch {
      return null;
    }
  };
  const id = dec(text.slice(0, i));
  const secret = dec(text.slice(i + 1));
  return id && secret ? { id, secret } : null;
}

export function parseBearer(header: string | undefined): string | null {
  const m = /^Bearer\s+([A-Za-z0-9._~+/-]+=*)\s*$/i.exec(header ?? '');
  return m ? m[1] : null;
}
