import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { createHash, randomBytes } from 'node:crypto';
import type { LightMyRequestResponse } from 'fastify';
import { DEMO } from '../src/server/flows/seed-demo';
import { sql } from '../src/server/platform/db';
import { Agent, signInAccount, signInOperator, type TestEnv } from './helpers';
import { providerWithDraft } from './onboarding-helpers';

/** An approved provider: the demo one, or a new one onboarded through the API (`seq`: 6 chars). */
export async function approvedProvider(env: TestEnv, mobile?: string, seq?: string) {
  if (!mobile || !seq) return signInAccount(env, DEMO.provider.mobile);
  const { agent } = await providerWithDraft(env, mobile, seq);
  const sub = await agent.post('/api/provider/onboarding/submit');
  if (sub.json().state === 'submitted') {
    const op = await signInOperator(env);
    const id = (await agent.get('/api/provider/onboarding')).json().application.id;
    const res = await op.post(`/api/ops/onboarding/${id}/approve`);
    if (res.statusCode !== 200) throw new Error(res.body);
  }
  return agent;
}

export const CALLBACK = 'https://app.example.com/oauth/callback';

export function appBody(overrides: Record<string, unknown> = {}) {
  return {
    name: '订单助手',
    description: '自动同步服务市场订单',
    redirectUris: [CALLBACK],
    scopes: ['shop:read', 'orders:read'],
    ...overrides,
  };
}

export type CreatedApp = { id: string; appKey: string; appSecret: string; redirectUri: string };

export async function createApp(
  provider: Agent,
  overrides: Record<string, unknown> = {},
): Promise<CreatedApp> {
  const body = appBody(overrides);
  const res = await provider.post('/api/provider/apps', body);
  if (res.statusCode !== 200) throw new Error(`create app failed: ${res.body}`);
  const { app, appSecret } = res.json();
  return { id: app.id, appKey: app.appKey, appSecret, redirectUri: body.redirectUris[0] };
}

export async function bringOnline(env: TestEnv, appId: string, op?: Agent) {
  const agent = op ?? (await signInOperator(env));
  const res = await agent.post(`/api/ops/apps/${appId}/online`);
  if (res.statusCode !== 200) throw new Error(`online failed: ${res.body}`);
  return agent;
}

/** An online app of the demo provider. */
export async function onlineApp(env: TestEnv, overrides: Record<string, unknown> = {}) {
  const provider = await approvedProvider(env);
  const app = await createApp(provider, overrides);
  await bringOnline(env, app.id);
  return { provider, app };
}

export function pkce() {
  const verifier = randomBytes(32).toString('base64url');
  return { verifier, challenge: createHash('sha256').update(verifier).digest('base64url') };
}

export function authorizeQuery(
  app: CreatedApp,
  challenge: string,
  extra: Record<string, string> = {},
) {
  return {
    response_type: 'code',
    client_id: app.appKey,
    redirect_uri: app.redirectUri,
    scope: 'shop:read',
    state: 'st-123',
    code_challenge: challenge,
    code_challenge_method: 'S256',
    ...extra,
  };
}

/** The merchant approves on the consent page; answers the parsed redirect. */
export async function approve(merchant: Agent, query: Record<string, string>) {
  const res = await merchant.post('/api/market/oauth/authorize', { ...query, decision: 'approve' });
  if (res.statusCode !== 200) throw new Error(`approve failed: ${res.body}`);
  return new URL(res.json().redirectTo as string);
}

/** A code for `app` from `merchant`, with its verifier. */
export async function codeFor(merchant: Agent, app: CreatedApp, scope = 'shop:read') {
  const p = pkce();
  const url = await approve(merchant, authorizeQuery(app, p.challenge, { scope }));
  return { code: url.searchParams.get('code')!, verifier: p.verifier };
}

export const basic = (id: string, secret: string) =>
  `Basic ${Buffer.from(`${encodeURIComponent(id)}:${encodeURIComponent(secret)}`).toString('base64')}`;

/** POST a form to the token or revocation endpoint as a server would (no cookies, no CSRF). */
export function postForm(
  env: TestEnv,
  url: string,
  form: Record<string, string>,
  authorization?: string,
): Promise<LightMyRequestResponse> {
  return env.app.inject({
    method: 'POST',
    url,
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      ...(authorization ? { authorization } : {}),
    },
    payload: new URLSearchParams(form).toString(),
  });
}

export function redeem(env: TestEnv, app: CreatedApp, code: string, verifier: string) {
  return postForm(
    env,
    '/oauth/token',
    {
      grant_type: 'authorization_code',
      code,
      redirect_uri: app.redirectUri,
      code_verifier: verifier,
    },
    basic(app.appKey, app.appSecret),
  );
}

export function refreshWith(env: TestEnv, app: CreatedApp, refreshToken: string) {
  return postForm(env, '/oauth/token', {
    grant_type: 'refresh_token',
    refresh_token: refreshToken,
    client_id: app.appKey,
    client_secret: app.appSecret,
  });
}

export function shop(env: TestEnv, accessToken: string) {
  return env.app.inject({
    method: 'GET',
    url: '/open/v1/shop',
    headers: { authorization: `Bearer ${accessToken}` },
  });
}

export async function merchant(env: TestEnv, mobile = DEMO.merchant.mobile) {
  return signInAccount(env, mobile, 'merchant');
}

/** A local HTTP receiver (webhooks, callbacks) on 127.0.0.1 that records each request. */
export async function receiver(answer: (req: http.IncomingMessage) => number = () => 200) {
  const requests: Array<{ url: string; headers: http.IncomingHttpHeaders; body: string }> = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      requests.push({
        url: req.url ?? '',
        headers: req.headers,
        body: Buffer.concat(chunks).toString(),
      });
      const status = answer(req);
      if (status >= 300 && status < 400)
        res.setHeader('location', 'https://app.example.com/welcome');
      res.statusCode = status;
      res.end('ok');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The app key the market gave an app (what the app sends as `client_id`). */
export async function appKeyOf(env: TestEnv, appId: string): Promise<string> {
  const [row] = await env.ctx.database.rows<{ app_key: string }>(
    sql`select app_key from apps where id = ${appId}`,
  );
  return row.app_key;
}
