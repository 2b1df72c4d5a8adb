import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from '../src/server/platform/db';
import { runSubscriptionJobs } from '../src/server/modules/orders';
import {
  createTestEnv,
  lastSms,
  signInAccount,
  signInOperator,
  type Agent,
  type TestEnv,
} from './helpers';
import { appKeyOf, codeFor, receiver, redeem } from './apps-helpers';
import { buyAndPay, listedToolService } from './order-helpers';

let env: TestEnv;
let cb: Awaited<ReturnType<typeof receiver>>;
let svc: Awaited<ReturnType<typeof listedToolService>>;
/** The provider, signed in afresh (tests move the clock past session lifetimes). */
let providerCache: { agent: Agent; at: number } | null = null;
async function providerAgent() {
  const now = env.clock.now().getTime();
  if (providerCache && now - providerCache.at < DAY) return providerCache.agent;
  const agent = await signInAccount(env, '13711110001');
  providerCache = { agent, at: now };
  return agent;
}
const DAY = 86_400_000;

beforeAll(async () => {
  env = await createTestEnv({ policy: 'kuaishou' });
  cb = await receiver(() => 200);
  svc = await listedToolService(env, '13711110001', `${cb.url}/oauth/callback`);
});
afterAll(async () => {
  await cb.close();
  await env.close();
});

const std3 = { packageName: '标准版', version: '标准版', durationDays: 92 };
const std1 = { packageName: '标准版', version: '标准版', durationDays: 31 };
const adv3 = { packageName: '高级版', version: '高级版', durationDays: 92 };

async function mySub(m: Agent) {
  const res = await m.get('/api/market/my-services');
  expect(res.statusCode, res.body).toBe(200);
  return res.json().items.find((s: { serviceId: string }) => s.serviceId === svc.serviceId);
}

async function listingStats(serviceId: string) {
  const [row] = await env.ctx.database.rows<{ sales_count: number; rating_count: number }>(
    sql`select sales_count, rating_count from market_listings where service_id = ${serviceId}`,
  );
  return row;
}

async function webhookEvents(appId: string) {
  const rows = await env.ctx.database.rows<{ event: string }>(
    sql`select event from webhook_deliveries where app_id = ${appId} order by created_at, seq`,
  );
  return rows.map((r) => r.event);
}

describe('kuaishou: buy, pay, subscribe', () => {
  it('orders a 3-month version with prices snapshotted, pays at the cashier, subscribes once', async () => {
    const m = await signInAccount(env, '13811110001', 'merchant');
    const q = await m.get(
      `/api/market/services/${svc.serviceId}/quote?packageName=标准版&version=标准版&durationDays=92`,
    );
    expect(q.json()).toMatchObject({ kind: 'new', priceFen: 26_900, forfeitDays: 0 });
    const res = await m.post('/api/market/orders', { serviceId: svc.serviceId, ...std3 });
    expect(res.statusCode, res.body).toBe(200);
    const order = res.json();
    expect(order).toMatchObject({ state: 'pending', priceFen: 26_900, kind: 'new' });
    expect(order.cashierUrl).toMatch(/^\/sandbox\/cashier\//);
    const pay = await env.app.inject({ method: 'POST', url: `${order.cashierUrl}/pay` });
    expect(pay.statusCode).toBe(303);
    expect(pay.headers.location).toContain(`/market/orders/${order.id}`);
    const { deliverAll } = await import('./deposit-helpers');
    await deliverAll(env);
    await deliverAll(env); // a repeated notification changes nothing
    const paid = (await m.get(`/api/market/orders/${order.id}`)).json();
    expect(paid.state).toBe('paid');
    const sub = await mySub(m);
    expect(sub).toMatchObject({
      mode: 'purchased',
      version: '标准版',
      state: 'active',
      trial: false,
    });
    expect(new Date(sub.validUntil).getTime() - env.clock.now().getTime()).toBe(92 * DAY);
    const sales = await env.ctx.database.rows<{ n: number }>(
      sql`select count(*)::int as n from ledger_transactions where reference = ${`sale:${order.id}`}`,
    );
    expect(sales[0].n).toBe(1);
    expect(await webhookEvents(svc.appId)).toContain('order.paid');
    // The market listing counts the sale once, whatever the gateway repeats.
    expect(await listingStats(svc.serviceId)).toMatchObject({ sales_count: 1 });
  });

  it('the same version again extends from the end; another version replaces it and says the days given up before paying', async () => {
    let m = await signInAccount(env, '13811110002', 'merchant');
    await buyAndPay(env, m, svc.serviceId, std3);
    const first = await mySub(m);
    env.clock.advance(10 * DAY);
    m = await signInAccount(env, '13811110002', 'merchant');
    await buyAndPay(env, m, svc.serviceId, std1);
    const extended = await mySub(m);
    expect(new Date(extended.validUntil).getTime() - new Date(first.validUntil).getTime()).toBe(
      31 * DAY,
    );
    expect(await webhookEvents(svc.appId)).toContain('subscription.extended');
    const q = (
      await m.get(
        `/api/market/services/${svc.serviceId}/quote?packageName=高级版&version=高级版&durationDays=92`,
      )
    ).json();
    expect(q).toMatchObject({ kind: 'replace', forfeitDays: 92 + 31 - 10 });
    const o = await buyAndPay(env, m, svc.serviceId, adv3);
    expect(o).toMatchObject({ state: 'paid', kind: 'replace', forfeitDays: 113 });
    const replaced = await mySub(m);
    expect(replaced.version).toBe('高级版');
    expect(new Date(replaced.validUntil).getTime() - env.clock.now().getTime()).toBe(92 * DAY);
  });

  it('a trial is taken once and never stacks on a running subscription', async () => {
    const m2 = await signInAccount(env, '13811110004', 'merchant');
    const svcTrial = await listedToolService(env, '13711110002', `${cb.url}/oauth/callback`, {
      packages: [
        {
          name: '体验版',
          specs: [
            { version: '体验版', durationDays: 31, priceFen: 0, trial: true },
            { version: '标准版', durationDays: 92, priceFen: 26_900, trial: false },
          ],
        },
      ],
    });
    const free = { packageName: '体验版', version: '体验版', durationDays: 31 };
    const first = await m2.post('/api/market/orders', { serviceId: svcTrial.serviceId, ...free });
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toMatchObject({ state: 'paid', kind: 'trial', cashierUrl: null });
    const again = await m2.post('/api/market/orders', { serviceId: svcTrial.serviceId, ...free });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('ORDERS.TRIAL_TAKEN');
    const m3 = await signInAccount(env, '13811110005', 'merchant');
    await buyAndPay(env, m3, svcTrial.serviceId, {
      packageName: '体验版',
      version: '标准版',
      durationDays: 92,
    });
    const stack = await m3.post('/api/market/orders', { serviceId: svcTrial.serviceId, ...free });
    expect(stack.json().code).toBe('ORDERS.TRIAL_NOT_STACKABLE');
  });

  it('refuses a frozen service new orders and renewals; hidden ones are not found', async () => {
    const m = await signInAccount(env, '13811110006', 'merchant');
    const other = await listedToolService(env, '13711110003', `${cb.url}/oauth/callback`);
    await env.ctx.database.rows(
      sql`update services set frozen = true where id = ${other.serviceId}`,
    );
    const res = await m.post('/api/market/orders', { serviceId: other.serviceId, ...std3 });
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe('ORDERS.SERVICE_FROZEN');
    expect(res.json().message).toContain('冻结');
    await env.ctx.database.rows(
      sql`update services set frozen = false, hidden = true where id = ${other.serviceId}`,
    );
    const hidden = await m.post('/api/market/orders', { serviceId: other.serviceId, ...std3 });
    expect(hidden.statusCode).toBe(404);
    const bad = await m.post('/api/market/orders', {
      serviceId: svc.serviceId,
      packageName: '标准版',
      version: '旗舰版',
      durationDays: 92,
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().fields.version).toBeTruthy();
  });

  it("merchant M never sees merchant N's orders or subscriptions; providers cannot buy", async () => {
    const mm = await signInAccount(env, '13811110007', 'merchant');
    const nn = await signInAccount(env, '13811110008', 'merchant');
    const o = await buyAndPay(env, mm, svc.serviceId, std1);
    expect((await nn.get(`/api/market/orders/${o.id}`)).statusCode).toBe(404);
    expect((await nn.get('/api/market/orders')).json().items).toEqual([]);
    expect((await nn.get('/api/market/my-services')).json().items).toEqual([]);
    expect((await mm.get('/api/market/orders')).json().items).toHaveLength(1);
    const asProvider = await (
      await providerAgent()
    ).post('/api/market/orders', {
      serviceId: svc.serviceId,
      ...std1,
    });
    expect(asProvider.statusCode).toBe(403);
  });

  it('posts the commission through the ledger: the sale entries sum to zero with the payment', async () => {
    const m = await signInAccount(env, '13811110009', 'merchant');
    const o = await buyAndPay(env, m, svc.serviceId, std3);
    const entries = await env.ctx.database.rows<{ account_id: string; amount: string }>(
      sql`select e.account_id, e.amount from ledger_entries e join ledger_transactions t on t.id = e.transaction_id
          where t.reference = ${`sale:${o.id}`}`,
    );
    const by = Object.fromEntries(entries.map((e) => [e.account_id, Number(e.amount)]));
    expect(by['platform:gateway_clearing']).toBe(26_900);
    expect(by[`${svc.providerId}:sales_receivable`]).toBe(-(26_900 - 5_380));
    expect(by['platform:commission_income']).toBe(-5_380); // tool: 20 %
    expect(entries.reduce((s, e) => s + Number(e.amount), 0)).toBe(0);
  });

  it('the provider sees orders with masked mobiles, refunds once within a month, settlement by date', async () => {
    const m = await signInAccount(env, '13811110010', 'merchant');
    const o = await buyAndPay(env, m, svc.serviceId, std1);
    const view = (await (await providerAgent()).get('/api/provider/orders')).json();
    const row = view.items.find((i: { id: string }) => i.id === o.id);
    expect(row).toMatchObject({
      merchantMasked: '138****0010',
      canRefund: true,
      commissionFen: 1_980,
    });
    expect(
      view.subscribers.some((s: { merchantMasked: string }) => s.merchantMasked === '138****0010'),
    ).toBe(true);
    expect(view.settlement.length).toBeGreaterThan(0);
    const stranger = await signInAccount(env, '13711110002');
    expect((await stranger.post(`/api/provider/orders/${o.id}/refund`)).statusCode).toBe(404);
    const r1 = await (await providerAgent()).post(`/api/provider/orders/${o.id}/refund`);
    expect(r1.statusCode, r1.body).toBe(200);
    const r2 = await (await providerAgent()).post(`/api/provider/orders/${o.id}/refund`);
    expect(r2.json().code).toBe('ORDERS.NOT_REFUNDABLE');
    const refunds = await env.ctx.database.rows<{ n: number }>(
      sql`select count(*)::int as n from ledger_transactions where reference = ${`sale-refund:${o.id}`}`,
    );
    expect(refunds[0].n).toBe(1);
    expect((await mySub(m)).state).toBe('expired');
    const late = await buyAndPay(env, m, svc.serviceId, std1);
    env.clock.advance(32 * DAY);
    const tooLate = await (await providerAgent()).post(`/api/provider/orders/${late.id}/refund`);
    expect(tooLate.json().code).toBe('ORDERS.NOT_REFUNDABLE');
  });
});

describe('my services, reminders, expiry, ratings and the open API', () => {
  it('reminds once 5 days before the end (SMS + in-site), even with two job runs at once; expiry fires the webhook', async () => {
    let m = await signInAccount(env, '13811110020', 'merchant');
    await buyAndPay(env, m, svc.serviceId, std1);
    env.clock.advance(25 * DAY);
    expect((await runSubscriptionJobs(env.ctx)).reminded).toBe(0);
    env.clock.advance(1 * DAY + 60_000);
    const runs = await Promise.all([runSubscriptionJobs(env.ctx), runSubscriptionJobs(env.ctx)]);
    expect(runs[0].reminded + runs[1].reminded).toBeGreaterThanOrEqual(1);
    const sms = await env.ctx.database.rows<{ n: number }>(
      sql`select count(*)::int as n from outbox_messages where recipient = '13811110020' and template = 'orders.reminder.sms'`,
    );
    expect(sms[0].n).toBe(1);
    expect(await lastSms(env.ctx, '13811110020')).toContain('到期');
    m = await signInAccount(env, '13811110020', 'merchant');
    const mine = (await m.get('/api/market/my-services')).json();
    expect(mine.notices).toHaveLength(1);
    env.clock.advance(6 * DAY);
    await runSubscriptionJobs(env.ctx);
    m = await signInAccount(env, '13811110020', 'merchant');
    expect((await mySub(m)).state).toBe('expired');
    expect(await webhookEvents(svc.appId)).toContain('subscription.expired');
  });

  it('use service returns the app launch; rating once; provider replies; an operator hides it', async () => {
    const m = await signInAccount(env, '13811110021', 'merchant');
    const none = await m.post(`/api/market/services/${svc.serviceId}/use`);
    expect(none.json().code).toBe('ORDERS.NOT_SUBSCRIBED');
    await buyAndPay(env, m, svc.serviceId, std1);
    const use = await m.post(`/api/market/services/${svc.serviceId}/use`);
    expect(use.statusCode, use.body).toBe(200);
    expect(use.json().launchUrl).toContain(`${cb.url}/oauth/callback?fuwu_launch=1`);
    const sub = await mySub(m);
    const bad = await m.post(`/api/market/subscriptions/${sub.id}/rating`, { stars: 6, body: 'x' });
    expect(bad.statusCode).toBe(400);
    const ok = await m.post(`/api/market/subscriptions/${sub.id}/rating`, {
      stars: 4,
      body: '好用',
    });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(await listingStats(svc.serviceId)).toMatchObject({ rating_count: 1 });
    const twice = await m.post(`/api/market/subscriptions/${sub.id}/rating`, {
      stars: 5,
      body: '再评',
    });
    expect(twice.json().code).toBe('ORDERS.ALREADY_RATED');
    const other = await signInAccount(env, '13811110022', 'merchant');
    expect(
      (await other.post(`/api/market/subscriptions/${sub.id}/rating`, { stars: 1, body: 'x' }))
        .statusCode,
    ).toBe(404);
    const reply = await (
      await providerAgent()
    ).post(`/api/provider/ratings/${ok.json().id}/reply`, {
      reply: '谢谢',
    });
    expect(reply.json().reply).toBe('谢谢');
    const summary = (
      await env.app.inject({ url: `/api/market/services/${svc.serviceId}/ratings` })
    ).json();
    expect(summary).toMatchObject({ count: 1, average: 4 });
    const op = await signInOperator(env);
    const hide = await op.post(`/api/ops/ratings/${ok.json().id}/hide`, { reason: '辱骂内容' });
    expect(hide.statusCode, hide.body).toBe(200);
    const after = (
      await env.app.inject({ url: `/api/market/services/${svc.serviceId}/ratings` })
    ).json();
    expect(after).toMatchObject({ count: 0, items: [] });
    // Hidden once, whoever repeats it: the listing's rating figures drop by exactly that rating.
    const again = await op.post(`/api/ops/ratings/${ok.json().id}/hide`, { reason: '辱骂内容' });
    expect(again.statusCode, again.body).toBe(200);
    expect(await listingStats(svc.serviceId)).toMatchObject({ rating_count: 0 });
    // 评价管理 lists it for operators with its text and the reason; other roles are refused.
    const list = await op.get('/api/ops/ratings');
    expect(list.statusCode, list.body).toBe(200);
    const listed = list.json().items.find((i: { id: string }) => i.id === ok.json().id);
    expect(listed).toMatchObject({
      hidden: true,
      text: '好用',
      hiddenReason: '辱骂内容',
      body: '',
    });
    expect(listed.serviceName).toMatch(/^引流助手/);
    expect((await (await providerAgent()).get('/api/ops/ratings')).statusCode).toBe(403);
    const audit = await env.ctx.database.rows<{ n: number }>(
      sql`select count(*)::int as n from audit_logs where action = 'market.rating.hide'`,
    );
    expect(audit[0].n).toBe(1);
  });

  it("the app reads the buyer's orders and current service through the open API, its own service only", async () => {
    const m = await signInAccount(env, '13811110030', 'merchant');
    const o = await buyAndPay(env, m, svc.serviceId, std3);
    const secret = await rotateSecret(svc.appId);
    const created = {
      id: svc.appId,
      appKey: await appKeyOf(env, svc.appId),
      appSecret: secret,
      redirectUri: `${cb.url}/oauth/callback`,
    };
    const { code, verifier } = await codeFor(m, created, 'orders:read');
    const tok = await redeem(env, created, code, verifier);
    expect(tok.statusCode, tok.body).toBe(200);
    const auth = { authorization: `Bearer ${tok.json().access_token}` };
    const list = await env.app.inject({ url: '/open/v1/orders', headers: auth });
    expect(list.statusCode, list.body).toBe(200);
    expect(list.json().items.map((i: { orderId: string }) => i.orderId)).toEqual([o.id]);
    const one = await env.app.inject({ url: `/open/v1/orders/${o.id}`, headers: auth });
    expect(one.json()).toMatchObject({ version: '标准版', durationDays: 92, state: 'paid' });
    const cur = await env.app.inject({ url: '/open/v1/subscription', headers: auth });
    expect(cur.json()).toMatchObject({ version: '标准版', trial: false, expired: false });
    const nobody = await env.app.inject({ url: '/open/v1/orders' });
    expect(nobody.statusCode).toBe(401);
    expect(nobody.headers['www-authenticate']).toContain('invalid_token');
    // Another merchant's order is not this token's business.
    const n = await signInAccount(env, '13811110031', 'merchant');
    const theirs = await buyAndPay(env, n, svc.serviceId, std1);
    expect(
      (await env.app.inject({ url: `/open/v1/orders/${theirs.id}`, headers: auth })).statusCode,
    ).toBe(404);
    env.clock.advance(93 * DAY);
    const expired = await env.app.inject({ url: '/open/v1/subscription', headers: auth });
    expect(expired.statusCode).toBe(401); // the access token (48 h) has long expired too
  });
});

async function rotateSecret(appId: string) {
  const res = await (await providerAgent()).post(`/api/provider/apps/${appId}/secret`);
  if (res.statusCode !== 200) throw new Error(res.body);
  return res.json().appSecret as string;
}
