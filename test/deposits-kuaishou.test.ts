import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from '../src/server/platform/db';
import { closeExpiredOrders } from '../src/server/flows/deposit-payment';
import { alipaySigningString, rsaSign } from '../src/server/modules/payments/signing';
import type { SandboxGateway } from '../src/server/modules/payments';
import { createTestEnv, signInAccount, type TestEnv, Agent } from './helpers';
import { deliverAll, ledgerCount, quickProvider, requireAmount } from './deposit-helpers';

let env: TestEnv;
beforeAll(async () => {
  env = await createTestEnv();
});
afterAll(() => env.close());

async function providerOwing(mobile: string, amountFen = 2_000_000) {
  const p = await quickProvider(env, mobile);
  await requireAmount(env, p.providerId, amountFen);
  const agent = await signInAccount(env, mobile);
  return { ...p, agent };
}

async function payAtCashier(agent: Agent, channel = 'alipay') {
  const order = await agent.post('/api/provider/deposit/payments', { channel });
  expect(order.statusCode).toBe(200);
  const pay = await env.app.inject({ method: 'POST', url: `${order.json().cashierUrl}/pay` });
  expect(pay.statusCode).toBe(303);
  return order.json();
}

describe('kuaishou: online deposit payment', () => {
  it('pays what is due through the sandbox cashier; the deposit is credited once and held', async () => {
    const { agent, providerId } = await providerOwing('13577770001');
    const before = (await agent.get('/api/provider/deposit')).json();
    expect(before).toMatchObject({
      rule: 'highest',
      payment: 'online',
      required: 2_000_000,
      due: 2_000_000,
      balance: 0,
    });
    const order = await payAtCashier(agent);
    expect(order.amountFen).toBe(2_000_000);
    expect(new Date(order.expiresAt).getTime() - env.clock.now().getTime()).toBe(60 * 60_000);
    expect(await deliverAll(env)).toBe(3); // success, a stale "waiting" and a duplicate success
    const after = (await agent.get('/api/provider/deposit')).json();
    expect(after).toMatchObject({
      balance: 2_000_000,
      held: 2_000_000,
      available: 0,
      due: 0,
      openOrder: null,
    });
    expect(await ledgerCount(env, providerId, 'recharge')).toBe(1);
    const records = (await agent.get('/api/provider/deposit/transactions')).json();
    expect(
      records.items.map((r: { kind: string; result: string }) => `${r.kind}:${r.result}`).sort(),
    ).toEqual(['hold:success', 'recharge:success']);
    expect(records.items[0].voucherCode).toMatch(/^[2-9A-Z]{12}$/);
    const csv = await agent.get('/api/provider/deposit/transactions.csv');
    expect(csv.headers['content-type']).toContain('text/csv');
    const lines = csv.body
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe('时间,类型,说明,金额（元）,结果,电子凭证编号');
    expect(
      lines
        .slice(1)
        .some((l) => /^2026-11-25 \d\d:\d\d:\d\d,recharge,.*,20000\.00,成功,[2-9A-Z]{12}$/.test(l)),
    ).toBe(true);
  });

  it('works the same with WeChat Pay’s signed-header notifications', async () => {
    const { agent, providerId } = await providerOwing('13577770002', 1_000_000);
    await payAtCashier(agent, 'wechat');
    await deliverAll(env);
    expect((await agent.get('/api/provider/deposit')).json()).toMatchObject({
      held: 1_000_000,
      due: 0,
    });
    expect(await ledgerCount(env, providerId, 'recharge')).toBe(1);
  });

  it('credits nothing for a bad signature, a wrong amount or a wrong app id', async () => {
    const { agent, providerId } = await providerOwing('13577770003');
    const order = (
      await agent.post('/api/provider/deposit/payments', { channel: 'alipay' })
    ).json();
    const keys = (env.app.gateway as SandboxGateway).keys;
    const notice = (over: Record<string, string>, sign = true) => {
      const params: Record<string, string> = {
        app_id: '2026000000000001',
        out_trade_no: order.id,
        trade_no: 'x1',
        total_amount: '20000.00',
        trade_status: 'TRADE_SUCCESS',
        gmt_payment: '2026-11-25 10:01:00',
        sign_type: 'RSA2',
        ...over,
      };
      params.sign = sign ? rsaSign(alipaySigningString(params), keys.privateKey) : 'AAAA';
      return new URLSearchParams(params).toString();
    };
    const post = (body: string) =>
      env.app.inject({
        method: 'POST',
        url: '/payments/notify/alipay',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        payload: body,
      });
    for (const body of [
      notice({}, false),
      notice({ total_amount: '1.00' }),
      notice({ app_id: '2099000000000009' }),
    ]) {
      const res = await post(body);
      expect(res.body).toBe('fail');
    }
    const tampered = notice({}).replace('20000.00', '20001.00');
    expect((await post(tampered)).body).toBe('fail');
    expect(await ledgerCount(env, providerId, 'recharge')).toBe(0);
    const rejected = await env.ctx.database.rows<{ n: number }>(
      sql`select count(*)::int as n from payment_notifications where outcome = 'rejected'`,
    );
    expect(rejected[0].n).toBeGreaterThanOrEqual(4);
    expect((await post(notice({}))).body).toBe('success');
    expect(await ledgerCount(env, providerId, 'recharge')).toBe(1);
  });

  it('closes an order at 60 minutes; a payment after that is recorded and refunded, never credited', async () => {
    const { agent, providerId } = await providerOwing('13577770004');
    const order = (
      await agent.post('/api/provider/deposit/payments', { channel: 'alipay' })
    ).json();
    env.clock.advance(60 * 60_000 + 1000);
    await closeExpiredOrders(env.ctx, env.app.gateway);
    expect((await agent.get(`/api/provider/deposit/payments/${order.id}`)).json().state).toBe(
      'closed',
    );
    const failures = (await agent.get('/api/provider/deposit/transactions?result=failure')).json();
    expect(failures.items).toHaveLength(1);
    await env.app.inject({ method: 'POST', url: `${order.cashierUrl}/pay` });
    await deliverAll(env);
    expect((await agent.get(`/api/provider/deposit/payments/${order.id}`)).json().state).toBe(
      'refunded',
    );
    expect((await agent.get('/api/provider/deposit')).json()).toMatchObject({
      balance: 0,
      due: 2_000_000,
    });
    expect(await ledgerCount(env, providerId, 'late_payment')).toBe(1);
    expect(await ledgerCount(env, providerId, 'refund')).toBe(1);
    const sbx = await env.ctx.database.rows<{ refunded_fen: number }>(
      sql`select refunded_fen from sandbox_orders where out_trade_no = ${order.id}`,
    );
    expect(Number(sbx[0].refunded_fen)).toBe(2_000_000);
  });

  it('refuses when nothing is due, and guards providers who have not onboarded', async () => {
    const p = await quickProvider(env, '13577770005');
    const agent = await signInAccount(env, '13577770005');
    const res = await agent.post('/api/provider/deposit/payments', { channel: 'alipay' });
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe('DEPOSITS.NOTHING_DUE');
    const stranger = await signInAccount(env, '13577770006');
    expect((await stranger.get('/api/provider/deposit')).json().code).toBe('ONBOARDING.REQUIRED');
    void p;
  });

  it('the ledger refuses updates, deletes and unbalanced transactions in the database', async () => {
    await expect(
      env.ctx.database.rows(sql`update ledger_entries set amount = amount + 1`),
    ).rejects.toThrow();
    await expect(env.ctx.database.rows(sql`delete from ledger_transactions`)).rejects.toThrow();
    await expect(
      env.ctx.db.transaction(async (tx) => {
        await tx.execute(
          sql`insert into ledger_entries (id, transaction_id, account_id, amount, created_at) values ('len_x', 'ltx_x', 'platform:bank', 5, now())`,
        );
      }),
    ).rejects.toThrow();
    const rows = await env.ctx.database.rows<{ n: number }>(
      sql`select count(*)::int as n from ledger_entries where id = 'len_x'`,
    );
    expect(rows[0].n).toBe(0);
  });
});
