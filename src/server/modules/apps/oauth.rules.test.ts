import { describe, expect, it } from 'vitest';
import {
  checkAuthorize,
  parseBasic,
  parseBearer,
  pkceMatches,
  redirectWith,
  s256,
  tokenUsable,
  type ClientView,
} from './oauth.rules';

const client: ClientView = {
  appKey: 'ak_1',
  state: 'online',
  redirectUris: ['https://app.example.com/cb', 'http://127.0.0.1:8080/cb?tenant=1'],
  scopes: ['shop:read', 'orders:read'],
};
const verifier = 'a'.repeat(43);
const base = {
  response_type: 'code',
  client_id: 'ak_1',
  redirect_uri: 'https://app.example.com/cb',
  code_challenge: s256(verifier),
  code_challenge_method: 'S256',
  state: 's1',
};

describe('checkAuthorize', () => {
  it('accepts a good request; no scope means every registered scope', () => {
    expect(checkAuthorize(base, client)).toEqual({
      kind: 'ok',
      redirectUri: base.redirect_uri,
      scopes: ['shop:read', 'orders:read'],
      state: 's1',
      codeChallenge: base.code_challenge,
    });
  });

  it('checks the client, then the redirect URI, before anything it could redirect', () => {
    const broken = { ...base, response_type: 'token', code_challenge: undefined };
    expect(checkAuthorize({ ...broken, client_id: undefined }, client)).toEqual({
      kind: 'page',
      code: 'OAUTH.INVALID_CLIENT',
    });
    expect(checkAuthorize(broken, null)).toMatchObject({ code: 'OAUTH.INVALID_CLIENT' });
    expect(
      checkAuthorize({ ...broken, redirect_uri: 'https://app.example.com/cb/' }, client),
    ).toMatchObject({ kind: 'page', code: 'OAUTH.INVALID_REDIRECT_URI' });
    expect(checkAuthorize(base, { ...client, state: 'developing' })).toMatchObject({
      code: 'OAUTH.CLIENT_UNAVAILABLE',
    });
    expect(checkAuthorize(broken, client)).toMatchObject({
      kind: 'redirect',
      error: 'unsupported_response_type',
      state: 's1',
    });
  });

  it('matches a registered URI with its own query exactly', () => {
    const q = { ...base, redirect_uri: 'http://127.0.0.1:8080/cb?tenant=1' };
    expect(checkAuthorize(q, client).kind).toBe('ok');
    expect(
      checkAuthorize({ ...q, redirect_uri: 'http://127.0.0.1:8080/cb?tenant=2' }, client).kind,
    ).toBe('page');
  });

  it.each([
    [{ code_challenge: undefined }, 'invalid_request'],
    [{ code_challenge_method: 'plain', code_challenge: verifier }, 'invalid_request'],
    [{ code_challenge: 'short' }, 'invalid_request'],
    [{ scope: 'subscription:read' }, 'invalid_scope'],
    [{ scope: ' ' }, 'invalid_scope'],
  ])('sends %o back as %s', (patch, error) => {
    expect(checkAuthorize({ ...base, ...patch }, client)).toMatchObject({
      kind: 'redirect',
      error,
    });
  });
});

describe('PKCE and helpers', () => {
  it('matches the RFC 7636 appendix B example', () => {
    const v = 'dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk';
    expect(s256(v)).toBe('E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM');
    expect(pkceMatches(v, 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM')).toBe(true);
    expect(pkceMatches(`${v}x`, 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM')).toBe(false);
    expect(pkceMatches('short', s256('short'))).toBe(false);
    expect(pkceMatches(undefined, s256(v))).toBe(false);
  });

  it('adds response parameters and keeps the URI’s own query', () => {
    expect(redirectWith('https://a.example.com/cb?t=1', { code: 'c', state: undefined })).toBe(
      'https://a.example.com/cb?t=1&code=c',
    );
  });

  it('parses Basic credentials (form-urlencoded) and bearer tokens', () => {
    const enc = (s: string) => Buffer.from(s).toString('base64');
    expect(parseBasic(`Basic ${enc('ak_1:s%3Acret')}`)).toEqual({ id: 'ak_1', secret: 's:cret' });
    expect(parseBasic(`Basic ${enc('nocolon')}`)).toBeNull();
    expect(parseBasic('Bearer x')).toBeNull();
    expect(parseBearer('Bearer fwat_abc-_')).toBe('fwat_abc-_');
    expect(parseBearer('bearer  fwat_x')).toBe('fwat_x');
    expect(parseBearer('Basic abc')).toBeNull();
  });

  it('a token is usable only while nothing in its chain is revoked or over', () => {
    const now = new Date('2026-11-25T00:00:00Z');
    const ok = {
      expiresAt: new Date(now.getTime() + 1),
      revokedAt: null,
      familyRevokedAt: null,
      grantRevokedAt: null,
      appState: 'online',
    };
    expect(tokenUsable(ok, now)).toBe(true);
    expect(tokenUsable({ ...ok, expiresAt: now }, now)).toBe(false);
    expect(tokenUsable({ ...ok, revokedAt: now }, now)).toBe(false);
    expect(tokenUsable({ ...ok, familyRevokedAt: now }, now)).toBe(false);
    expect(tokenUsable({ ...ok, grantRevokedAt: now }, now)).toBe(false);
    expect(tokenUsable({ ...ok, appState: 'suspended' }, now)).toBe(false);
  });
});
