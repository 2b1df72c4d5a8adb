import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from '../src/server/platform/db';
import {
  dispatchWebhooks,
  simulateAuthorization,
  TEST_MERCHANT_MOBILE,
  verifySignature,
} from '../src/server/modules/apps';
import { Agent, createTestEnv, signInOperator, type TestEnv } from './helpers';
import {
  approvedProvider,
  bringOnline,
  codeFor,
  createApp,
  merchant,
  pkce,
  receiver,
  redeem,
} from './apps-helpers';

let env: TestEnv;
let provider: Agent;
let op: Agent;
let hooks: Awaited<ReturnType<typeof receiver>>;
let failing = 0;

beforeAll(async () => {
  env = await createTestEnv();
  provider = await approvedProvider(env);
  op = await signInOperator(env);
  // This file registers more apps than the kuaishou preset allows one account (5).
  await op.put('/api/ops/policy', { maxAppsPerAccount: null });
  hooks = await receiver(() => (failing-- > 0 ? 500 : 200));
});
afterAll(async () => {
  await hooks.close();
  await env.close();
});

const nowSec = () => Math.floor(env.clock.now().getTime() / 1000);
const deliveries = async (appId: string) =>
  (await provider.get(`/api/provider/apps/${appId}/webhook-deliveries`)).json().items;

describe('webhooks', () => {
  it('delivers an authorization event signed with the app’s webhook secret', async () => {
    const app = await createApp(provider, { webhookUrl: `${hooks.url}/hooks` });
    await bringOnline(env, app.id, op);
    const secret = (await provider.get(`/api/provider/apps/${app.id}`)).json().webhookSecret;
    const m = await merchant(env);
    await codeFor(m, app);
    expect(await dispatchWebhooks(env.ctx)).toBe(1);
    const got = hooks.requests.at(-1)!;
    expect(got.url).toBe('/hooks');
    expect(got.headers['fuwu-event']).toBe('authorization.granted');
    const sig = String(got.headers['fuwu-signature']);
    expect(sig).toMatch(/^t=\d+,v1=[0-9a-f]{64}$/);
    expect(verifySignature(secret, sig, got.body, nowSec())).toBe(true);
    expect(verifySignature(secret, sig, `${got.body} `, nowSec())).toBe(false);
    expect(verifySignature('whsec_other', sig, got.body, nowSec())).toBe(false);
    const event = JSON.parse(got.body);
    expect(event).toMatchObject({
      type: 'authorization.granted',
      data: { merchantId: (await m.session()).actor.accountId, scopes: ['shop:read'] },
    });
    expect((await deliveries(app.id))[0]).toMatchObject({ status: 'delivered', attempts: 1 });
    expect(await dispatchWebhooks(env.ctx)).toBe(0);
  });

  it('retries a failing receiver with backoff, then succeeds; the log shows each attempt', async () => {
    const app = await createApp(provider, { name: '重试', webhookUrl: `${hooks.url}/retry` });
    failing = 1;
    const ping = await provider.post(`/api/provider/apps/${app.id}/webhook-test`);
    expect(ping.json()).toMatchObject({ event: 'webhook.ping', status: 'pending' });
    const count = () => hooks.requests.filter((r) => r.url === '/retry').length;
    expect(await dispatchWebhooks(env.ctx)).toBe(0);
    expect(count()).toBe(1);
    let [d] = await deliveries(app.id);
    expect(d).toMatchObject({ status: 'pending', attempts: 1, lastStatusCode: 500 });
    expect(Date.parse(d.nextAttemptAt) - env.clock.now().getTime()).toBe(30_000);
    expect(await dispatchWebhooks(env.ctx)).toBe(0);
    expect(count()).toBe(1);
    env.clock.advance(30_000);
    expect(await dispatchWebhooks(env.ctx)).toBe(1);
    expect(count()).toBe(2);
    [d] = await deliveries(app.id);
    expect(d).toMatchObject({ status: 'delivered', attempts: 2, lastStatusCode: 200 });
    expect(d.log.map((x: { statusCode: number }) => x.statusCode)).toEqual([500, 200]);
    const [first, second] = hooks.requests.filter((r) => r.url === '/retry');
    expect(second.body).toBe(first.body);
  });

  it('replays a delivery from the log: same event id and body, sent again', async () => {
    const app = await createApp(provider, { name: '重放', webhookUrl: `${hooks.url}/replay` });
    await provider.post(`/api/provider/apps/${app.id}/webhook-test`);
    await dispatchWebhooks(env.ctx);
    const [original] = await deliveries(app.id);
    const res = await provider.post(
      `/api/provider/apps/${app.id}/webhook-deliveries/${original.id}/replay`,
    );
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ eventId: original.eventId, replayOf: original.id });
    expect(await dispatchWebhooks(env.ctx)).toBe(1);
    const sent = hooks.requests.filter((r) => r.url === '/replay');
    expect(sent).toHaveLength(2);
    expect(sent[1].body).toBe(sent[0].body);
    expect(sent[1].headers['fuwu-delivery']).toBe(res.json().id);
    const missing = await provider.post(
      `/api/provider/apps/${app.id}/webhook-deliveries/whd_nope/replay`,
    );
    expect(missing.statusCode).toBe(404);
  });

  it('an app without a webhook URL gets no deliveries and cannot send a test event', async () => {
    const app = await createApp(provider, { name: '无推送' });
    const res = await provider.post(`/api/provider/apps/${app.id}/webhook-test`);
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ code: 'APPS.NO_WEBHOOK_URL' });
  });
});

describe('simulated authorization (reviews)', () => {
  it('the test merchant authorizes the app; the callback’s answer and redirect are recorded', async () => {
    const cb = await receiver(() => 302);
    try {
      const app = await createApp(provider, { name: '模拟授权', redirectUris: [`${cb.url}/cb`] });
      await bringOnline(env, app.id, op);
      const sim = await simulateAuthorization(env.ctx, app.id);
      expect(sim).toMatchObject({
        appId: app.id,
        ok: true,
        statusCode: 302,
        location: 'https://app.example.com/welcome',
        redirectUri: `${cb.url}/cb`,
      });
      const called = new URL(cb.requests[0].url, cb.url);
      expect(called.pathname).toBe('/cb');
      const code = called.searchParams.get('code')!;
      expect(code).toMatch(/^fwac_/);
      expect(called.searchParams.get('state')).toMatch(/^sim_/);
      const [acc] = await env.ctx.database.rows<{ id: string }>(
        sql`select id from accounts where mobile = ${TEST_MERCHANT_MOBILE}`,
      );
      expect(acc).toBeDefined();
      const redeemed = await redeem(
        env,
        { ...app, redirectUri: `${cb.url}/cb` },
        code,
        pkce().verifier,
      );
      expect(redeemed.json().error).toBe('invalid_grant');
    } finally {
      await cb.close();
    }
  });

  it('records a failing callback (500, or nobody listening) as not ok; operators run it, audited', async () => {
    const cb = await receiver(() => 500);
    const app = await createApp(provider, { name: '回调失败', redirectUris: [`${cb.url}/cb`] });
    try {
      const res = await op.post(`/api/ops/apps/${app.id}/simulate`);
      expect(res.json()).toMatchObject({ ok: false, statusCode: 500 });
    } finally {
      await cb.close();
    }
    env.clock.advance(1000);
    const down = await simulateAuthorization(env.ctx, app.id);
    expect(down).toMatchObject({ ok: false, statusCode: null });
    expect(down.error).toBeTruthy();
    const detail = (await op.get(`/api/ops/apps/${app.id}`)).json();
    expect(detail.simulations.map((s: { ok: boolean }) => s.ok)).toEqual([false, false]);
    expect(detail.lastSimulation.id).toBe(down.id);
    const audit = (await op.get(`/api/ops/audit?targetId=${app.id}&action=apps.simulate`)).json();
    expect(audit.total).toBe(1);
    expect((await provider.post(`/api/ops/apps/${app.id}/simulate`)).statusCode).toBe(403);
  });
});
