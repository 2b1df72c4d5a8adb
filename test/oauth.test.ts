import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from '../src/server/platform/db';
import { DEMO } from '../src/server/flows/seed-demo';
import { Agent, createTestEnv, signInOperator, type TestEnv } from './helpers';
import {
  approve,
  approvedProvider,
  authorizeQuery,
  basic,
  bringOnline,
  CALLBACK,
  codeFor,
  createApp,
  merchant,
  pkce,
  postForm,
  redeem,
  refreshWith,
  shop,
  type CreatedApp,
} from './apps-helpers';

let env: TestEnv;
let provider: Agent;
let op: Agent;
let m: Agent;
let app: CreatedApp;

beforeAll(async () => {
  env = await createTestEnv();
  provider = await approvedProvider(env);
  op = await signInOperator(env);
  m = await merchant(env);
  app = await createApp(provider);
  await bringOnline(env, app.id, op);
});
afterAll(() => env.close());

const authorizeUrl = (q: Record<string, string>) =>
  `/oauth/authorize?${new URLSearchParams(q).toString()}`;

describe('metadata (RFC 8414)', () => {
  it('describes the endpoints, S256 only and the two grants', async () => {
    const res = await env.app.inject({ url: '/.well-known/oauth-authorization-server' });
    expect(res.statusCode).toBe(200);
    const md = res.json();
    expect(md.issuer).toBe('http://localhost:80');
    expect(md).toMatchObject({
      authorization_endpoint: `${md.issuer}/oauth/authorize`,
      token_endpoint: `${md.issuer}/oauth/token`,
      revocation_endpoint: `${md.issuer}/oauth/revoke`,
      response_types_supported: ['code'],
      grant_types_supported: ['authorization_code', 'refresh_token'],
      code_challenge_methods_supported: ['S256'],
      token_endpoint_auth_methods_supported: ['client_secret_basic', 'client_secret_post'],
    });
  });

  it('documents the open API in the OpenAPI document (tag open, bearer auth)', async () => {
    const doc = (await env.app.inject({ url: '/api/openapi.json' })).json();
    const shopOp = doc.paths['/open/v1/shop'].get;
    expect(shopOp.tags).toEqual(['open']);
    expect(shopOp.security).toEqual([{ bearerAuth: [] }]);
    expect(doc.components.securitySchemes.bearerAuth).toMatchObject({ scheme: 'bearer' });
    expect(
      Object.keys(shopOp.responses['200'].content['application/json'].schema.properties),
    ).toEqual(['merchantId', 'mobileMasked', 'authorizedScopes']);
    expect(doc.paths['/oauth/token'].post.tags).toEqual(['oauth']);
  });
});

describe('authorization endpoint', () => {
  it('sends a valid request on to the consent page in /market', async () => {
    const q = authorizeQuery(app, pkce().challenge);
    const res = await env.app.inject({ url: authorizeUrl(q) });
    expect(res.statusCode).toBe(302);
    const to = new URL(res.headers.location as string, 'http://x');
    expect(to.pathname).toBe('/market/oauth/authorize');
    expect(Object.fromEntries(to.searchParams)).toEqual(q);
  });

  const variants = [
    ['trailing slash', `${CALLBACK}/`],
    ['case', 'https://app.example.com/OAuth/callback'],
    ['extra query', `${CALLBACK}?next=1`],
    ['fragment', `${CALLBACK}#x`],
    ['subdomain', 'https://evil.app.example.com/oauth/callback'],
    ['suffix domain', 'https://app.example.com.evil.test/oauth/callback'],
    ['http instead of https', 'http://app.example.com/oauth/callback'],
  ];
  it.each(variants)(
    'refuses a redirect URI that differs by %s, without redirecting',
    async (_, uri) => {
      const q = authorizeQuery(app, pkce().challenge, { redirect_uri: uri });
      const res = await env.app.inject({ url: authorizeUrl(q) });
      expect(res.statusCode).toBe(400);
      expect(res.headers.location).toBeUndefined();
      expect(res.headers['content-type']).toContain('text/html');
      expect(res.body).toContain('回调地址与应用登记的地址不一致');
      const consent = await m.request({
        method: 'GET',
        url: `/api/market/oauth/authorize?${new URLSearchParams(q)}`,
      });
      expect(consent.statusCode).toBe(400);
      expect(consent.json().code).toBe('OAUTH.INVALID_REDIRECT_URI');
      const decided = await m.post('/api/market/oauth/authorize', { ...q, decision: 'approve' });
      expect(decided.statusCode).toBe(400);
    },
  );

  it('shows an error page for an unknown client and never redirects', async () => {
    const q = authorizeQuery({ ...app, appKey: 'ak_nobody' }, pkce().challenge);
    const res = await env.app.inject({ url: authorizeUrl(q) });
    expect(res.statusCode).toBe(400);
    expect(res.headers.location).toBeUndefined();
    const en = await env.app.inject({
      url: authorizeUrl(q),
      headers: { 'accept-language': 'en-US' },
    });
    expect(en.body).toContain('Unknown app');
  });

  it('refuses an app that is not online', async () => {
    const dev = await createApp(provider, { name: '开发中应用' });
    const res = await env.app.inject({ url: authorizeUrl(authorizeQuery(dev, pkce().challenge)) });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('尚未上线');
  });

  const redirected = async (extra: Record<string, string>, drop: string[] = []) => {
    const q: Record<string, string> = authorizeQuery(app, pkce().challenge, extra);
    for (const k of drop) delete q[k];
    const res = await env.app.inject({ url: authorizeUrl(q) });
    expect(res.statusCode).toBe(302);
    const to = new URL(res.headers.location as string);
    expect(`${to.origin}${to.pathname}`).toBe(CALLBACK);
    expect(to.searchParams.get('state')).toBe('st-123');
    expect(to.searchParams.get('code')).toBeNull();
    return to.searchParams;
  };

  it('requires PKCE: no challenge is an error sent back to the client', async () => {
    expect((await redirected({}, ['code_challenge'])).get('error')).toBe('invalid_request');
    expect((await redirected({}, ['code_challenge_method'])).get('error')).toBe('invalid_request');
  });

  it('refuses the plain PKCE method', async () => {
    const v = pkce().verifier;
    const params = await redirected({ code_challenge: v, code_challenge_method: 'plain' });
    expect(params.get('error')).toBe('invalid_request');
    expect(params.get('error_description')).toContain('S256');
  });

  it('refuses the implicit grant (response_type=token): no token in the redirect', async () => {
    const params = await redirected({ response_type: 'token' });
    expect(params.get('error')).toBe('unsupported_response_type');
    expect(params.get('access_token')).toBeNull();
  });

  it('refuses a scope the app did not register', async () => {
    expect((await redirected({ scope: 'subscription:read' })).get('error')).toBe('invalid_scope');
  });

  it('the consent data names the app, the provider and each scope; merchants only', async () => {
    const q = authorizeQuery(app, pkce().challenge, { scope: 'shop:read orders:read' });
    const url = `/api/market/oauth/authorize?${new URLSearchParams(q)}`;
    const res = await m.get(url);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      kind: 'consent',
      app: { id: app.id, name: '订单助手' },
      provider: { companyName: DEMO.provider.company },
      scopes: ['shop:read', 'orders:read'],
      redirectUri: CALLBACK,
    });
    expect((await env.app.inject({ url })).statusCode).toBe(401);
    expect((await provider.get(url)).statusCode).toBe(403);
  });

  it('a denial goes back with access_denied and the state; approval with code, state and iss', async () => {
    const q = authorizeQuery(app, pkce().challenge);
    const denied = await m.post('/api/market/oauth/authorize', { ...q, decision: 'deny' });
    const d = new URL(denied.json().redirectTo);
    expect(d.searchParams.get('error')).toBe('access_denied');
    expect(d.searchParams.get('state')).toBe('st-123');
    const ok = await approve(m, q);
    expect(`${ok.origin}${ok.pathname}`).toBe(CALLBACK);
    expect(ok.searchParams.get('code')).toMatch(/^fwac_/);
    expect(ok.searchParams.get('state')).toBe('st-123');
    expect(ok.searchParams.get('iss')).toBe('http://localhost:80');
  });

  it('the decision is CSRF-protected', async () => {
    const q = authorizeQuery(app, pkce().challenge);
    const res = await m.request({
      method: 'POST',
      url: '/api/market/oauth/authorize',
      payload: { ...q, decision: 'approve' },
      csrf: false,
    });
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('COMMON.CSRF');
  });
});

describe('token endpoint', () => {
  it('exchanges a code for tokens (client_secret_basic), without a CSRF token, not cached', async () => {
    const { code, verifier } = await codeFor(m, app);
    const res = await redeem(env, app, code, verifier);
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toBe('no-store');
    const t = res.json();
    expect(t).toMatchObject({ token_type: 'Bearer', expires_in: 48 * 3600, scope: 'shop:read' });
    expect(t.access_token).toMatch(/^fwat_/);
    expect(t.refresh_token).toMatch(/^fwrt_/);
    const s = await shop(env, t.access_token);
    expect(s.statusCode).toBe(200);
    expect(s.json()).toMatchObject({
      mobileMasked: '139****0001',
      authorizedScopes: ['shop:read'],
    });
  });

  it('accepts client_secret_post; refuses both methods at once and a wrong secret', async () => {
    const { code, verifier } = await codeFor(m, app);
    const form = {
      grant_type: 'authorization_code',
      code,
      redirect_uri: CALLBACK,
      code_verifier: verifier,
    };
    const both = await postForm(
      env,
      '/oauth/token',
      { ...form, client_id: app.appKey, client_secret: app.appSecret },
      basic(app.appKey, app.appSecret),
    );
    expect(both.json().error).toBe('invalid_request');
    const wrong = await postForm(env, '/oauth/token', form, basic(app.appKey, 'sk_wrong'));
    expect(wrong.statusCode).toBe(401);
    expect(wrong.json().error).toBe('invalid_client');
    expect(wrong.headers['www-authenticate']).toContain('Basic');
    const post = await postForm(env, '/oauth/token', {
      ...form,
      client_id: app.appKey,
      client_secret: app.appSecret,
    });
    expect(post.statusCode).toBe(200);
  });

  it('is form-encoded only', async () => {
    const res = await env.app.inject({
      method: 'POST',
      url: '/oauth/token',
      headers: { authorization: basic(app.appKey, app.appSecret) },
      payload: { grant_type: 'refresh_token', refresh_token: 'x' },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toBe('invalid_request');
  });

  it('a wrong PKCE verifier fails, and spends the code', async () => {
    const { code, verifier } = await codeFor(m, app);
    const bad = await redeem(env, app, code, pkce().verifier);
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ error: 'invalid_grant' });
    expect((await redeem(env, app, code, verifier)).json().error).toBe('invalid_grant');
  });

  it('a reused code fails and revokes the tokens issued from it', async () => {
    const { code, verifier } = await codeFor(m, app);
    const first = (await redeem(env, app, code, verifier)).json();
    expect((await shop(env, first.access_token)).statusCode).toBe(200);
    const again = await redeem(env, app, code, verifier);
    expect(again.json().error).toBe('invalid_grant');
    const s = await shop(env, first.access_token);
    expect(s.statusCode).toBe(401);
    expect(s.headers['www-authenticate']).toContain('invalid_token');
    expect((await refreshWith(env, app, first.refresh_token)).json().error).toBe('invalid_grant');
  });

  it('a code expires by the clock (kuaishou: 2 minutes)', async () => {
    const a = await codeFor(m, app);
    const b = await codeFor(m, app);
    env.clock.advance(119_000);
    expect((await redeem(env, app, a.code, a.verifier)).statusCode).toBe(200);
    env.clock.advance(2_000);
    expect((await redeem(env, app, b.code, b.verifier)).json().error).toBe('invalid_grant');
  });

  it("client B cannot redeem A's code (and A still can)", async () => {
    const other = await createApp(provider, { name: '另一个应用' });
    await bringOnline(env, other.id, op);
    const { code, verifier } = await codeFor(m, app);
    const stolen = await redeem(env, { ...other, redirectUri: CALLBACK }, code, verifier);
    expect(stolen.json().error).toBe('invalid_grant');
    expect((await redeem(env, app, code, verifier)).statusCode).toBe(200);
  });

  it('the redirect_uri must match the one of the authorization', async () => {
    const { code, verifier } = await codeFor(m, app);
    const res = await redeem(env, { ...app, redirectUri: `${CALLBACK}/` }, code, verifier);
    expect(res.json().error).toBe('invalid_grant');
  });

  it('refuses the password and client_credentials grants', async () => {
    for (const grant of ['password', 'client_credentials', 'implicit']) {
      const res = await postForm(
        env,
        '/oauth/token',
        { grant_type: grant, username: DEMO.merchant.mobile, password: 'x' },
        basic(app.appKey, app.appSecret),
      );
      expect(res.statusCode).toBe(400);
      expect(res.json().error).toBe('unsupported_grant_type');
    }
  });

  it('rotates refresh tokens; reusing a rotated one revokes the whole family', async () => {
    const { code, verifier } = await codeFor(m, app);
    const t1 = (await redeem(env, app, code, verifier)).json();
    const r2 = await refreshWith(env, app, t1.refresh_token);
    expect(r2.statusCode).toBe(200);
    const t2 = r2.json();
    expect(t2.refresh_token).not.toBe(t1.refresh_token);
    expect((await shop(env, t2.access_token)).statusCode).toBe(200);
    const reuse = await refreshWith(env, app, t1.refresh_token);
    expect(reuse.json().error).toBe('invalid_grant');
    expect((await shop(env, t2.access_token)).statusCode).toBe(401);
    expect((await shop(env, t1.access_token)).statusCode).toBe(401);
    expect((await refreshWith(env, app, t2.refresh_token)).json().error).toBe('invalid_grant');
  });

  it('a refresh may narrow the scope but not widen it', async () => {
    const { code, verifier } = await codeFor(m, app, 'shop:read orders:read');
    const t = (await redeem(env, app, code, verifier)).json();
    const wide = await postForm(env, '/oauth/token', {
      grant_type: 'refresh_token',
      refresh_token: t.refresh_token,
      scope: 'shop:read subscription:read',
      client_id: app.appKey,
      client_secret: app.appSecret,
    });
    expect(wide.json().error).toBe('invalid_scope');
    const narrow = await postForm(env, '/oauth/token', {
      grant_type: 'refresh_token',
      refresh_token: t.refresh_token,
      scope: 'orders:read',
      client_id: app.appKey,
      client_secret: app.appSecret,
    });
    expect(narrow.json().scope).toBe('orders:read');
    const s = await shop(env, narrow.json().access_token);
    expect(s.statusCode).toBe(403);
    expect(s.json().code).toBe('OPEN.INSUFFICIENT_SCOPE');
    expect(s.headers['www-authenticate']).toContain('insufficient_scope');
  });
});

describe('revocation (RFC 7009)', () => {
  it('revoking an access token kills only it; revoking a refresh token kills the family', async () => {
    const { code, verifier } = await codeFor(m, app);
    const t = (await redeem(env, app, code, verifier)).json();
    const auth = basic(app.appKey, app.appSecret);
    const r1 = await postForm(
      env,
      '/oauth/revoke',
      { token: t.access_token, token_type_hint: 'access_token' },
      auth,
    );
    expect(r1.statusCode).toBe(200);
    expect((await shop(env, t.access_token)).statusCode).toBe(401);
    const t2 = (await refreshWith(env, app, t.refresh_token)).json();
    expect((await shop(env, t2.access_token)).statusCode).toBe(200);
    expect(
      (await postForm(env, '/oauth/revoke', { token: t2.refresh_token }, auth)).statusCode,
    ).toBe(200);
    expect((await shop(env, t2.access_token)).statusCode).toBe(401);
    expect((await refreshWith(env, app, t2.refresh_token)).json().error).toBe('invalid_grant');
  });

  it('authenticates the client, ignores unknown tokens and refuses another client’s token', async () => {
    const { code, verifier } = await codeFor(m, app);
    const t = (await redeem(env, app, code, verifier)).json();
    expect((await postForm(env, '/oauth/revoke', { token: t.access_token })).statusCode).toBe(401);
    const auth = basic(app.appKey, app.appSecret);
    expect((await postForm(env, '/oauth/revoke', { token: 'fwat_unknown' }, auth)).statusCode).toBe(
      200,
    );
    const other = await createApp(provider, { name: '第三个应用' });
    const res = await postForm(
      env,
      '/oauth/revoke',
      { token: t.access_token },
      basic(other.appKey, other.appSecret),
    );
    expect(res.statusCode).toBe(400);
    expect((await shop(env, t.access_token)).statusCode).toBe(200);
  });
});

describe('merchants and their authorizations', () => {
  it("merchant M's token reads M's shop, never N's", async () => {
    const n = await merchant(env, '13900000002');
    const cm = await codeFor(m, app);
    const cn = await codeFor(n, app);
    const tm = (await redeem(env, app, cm.code, cm.verifier)).json();
    const tn = (await redeem(env, app, cn.code, cn.verifier)).json();
    const sm = (await shop(env, tm.access_token)).json();
    const sn = (await shop(env, tn.access_token)).json();
    const mid = (await m.session()).actor.accountId;
    const nid = (await n.session()).actor.accountId;
    expect(sm.merchantId).toBe(mid);
    expect(sn.merchantId).toBe(nid);
    expect(sm.mobileMasked).toBe('139****0001');
    expect(sn.mobileMasked).toBe('139****0002');
    const grants = (await n.get('/api/market/authorizations')).json().items;
    const mine = (await m.get('/api/market/authorizations')).json().items;
    expect(mine.map((g: { id: string }) => g.id)).not.toContain(grants[0].id);
    expect((await m.post(`/api/market/authorizations/${grants[0].id}/revoke`)).statusCode).toBe(
      404,
    );
    expect((await shop(env, tn.access_token)).statusCode).toBe(200);
  });

  it('"我的授权" lists the app; revoking it kills its tokens at once', async () => {
    const { code, verifier } = await codeFor(m, app);
    const t = (await redeem(env, app, code, verifier)).json();
    const list = (await m.get('/api/market/authorizations')).json().items;
    const grant = list.find((g: { appId: string }) => g.appId === app.id);
    expect(grant).toMatchObject({ appName: '订单助手', providerCompany: DEMO.provider.company });
    expect((await m.post(`/api/market/authorizations/${grant.id}/revoke`)).statusCode).toBe(200);
    expect((await shop(env, t.access_token)).statusCode).toBe(401);
    expect((await refreshWith(env, app, t.refresh_token)).json().error).toBe('invalid_grant');
    const after = (await m.get('/api/market/authorizations')).json().items;
    expect(after.find((g: { appId: string }) => g.appId === app.id)).toBeUndefined();
  });

  it('a suspended app loses API access and cannot get tokens', async () => {
    const sus = await createApp(provider, { name: '将被暂停' });
    await bringOnline(env, sus.id, op);
    const { code, verifier } = await codeFor(m, sus);
    const t = (await redeem(env, sus, code, verifier)).json();
    expect(
      (await op.post(`/api/ops/apps/${sus.id}/suspend`, { reason: '违规调用' })).statusCode,
    ).toBe(200);
    expect((await shop(env, t.access_token)).statusCode).toBe(401);
    expect((await refreshWith(env, sus, t.refresh_token)).json().error).toBe('unauthorized_client');
  });

  it('stores only hashes of codes, tokens and app secrets', async () => {
    const { code, verifier } = await codeFor(m, app);
    const t = (await redeem(env, app, code, verifier)).json();
    const raw = [code, t.access_token, t.refresh_token, app.appSecret];
    const dump = await env.ctx.database.rows<{ j: string }>(
      sql`select (select json_agg(t)::text from oauth_tokens t) || (select json_agg(c)::text from oauth_codes c) || (select json_agg(a)::text from apps a) as j`,
    );
    expect(dump[0].j).toContain(app.appKey);
    for (const r of raw) expect(dump[0].j).not.toContain(r);
  });
});
