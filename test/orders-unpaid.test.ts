import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from '../src/server/platform/db';
import type { ServicePackage } from '../src/contracts/services';
import { closeExpiredOrders } from '../src/server/flows/deposit-payment';
import { createTestEnv, signInAccount, type Agent, type TestEnv } from './helpers';
import { receiver } from './apps-helpers';
import { deliverAll } from './deposit-helpers';
import { listedToolService } from './order-helpers';

let env: TestEnv;
let cb: Awaited<ReturnType<typeof receiver>>;
let svc: Awaited<ReturnType<typeof listedToolService>>;

/** A paid trial row beside a normal one: the trial has a cashier, so it can be left unpaid. */
const PAID_TRIAL: ServicePackage = {
  name: '体验版',
  specs: [
    { version: '体验版', durationDays: 31, priceFen: 990, trial: true },
    { version: '标准版', durationDays: 92, priceFen: 26_900, trial: false },
  ],
};
const trial = { packageName: '体验版', version: '体验版', durationDays: 31 };
const std = { packageName: '体验版', version: '标准版', durationDays: 92 };

beforeAll(async () => {
  env = await createTestEnv({ policy: 'kuaishou' });
  cb = await receiver(() => 200);
  svc = await listedToolService(env, '13733330001', `${cb.url}/oauth/callback`, {
    packages: [PAID_TRIAL],
  });
});
afterAll(async () => {
  await cb.close();
  await env.close();
});

/** Places an order and leaves it unpaid past the payment deadline; the close job runs. */
async function orderLeftUnpaid(m: Agent, choice: typeof trial) {
  const res = await m.post('/api/market/orders', { serviceId: svc.serviceId, ...choice });
  expect(res.statusCode, res.body).toBe(200);
  const order = res.json();
  expect(order).toMatchObject({ state: 'pending' });
  env.clock.advance(60 * 60_000 + 1000);
  await closeExpiredOrders(env.ctx, env.app.gateway);
  return order as { id: string; cashierUrl: string };
}

let provider: Agent | null = null;
const providerRow = async (id: string) => {
  provider ??= await signInAccount(env, '13733330001');
  const view = (await provider.get('/api/provider/orders')).json();
  return view.items.find((i: { id: string }) => i.id === id);
};

describe('a market order left unpaid', () => {
  it('is closed for the merchant and the provider alike, and a late payment does not reopen it', async () => {
    const m = await signInAccount(env, '13833330001', 'merchant');
    const order = await orderLeftUnpaid(m, std);
    expect((await m.get(`/api/market/orders/${order.id}`)).json().state).toBe('closed');
    expect(await providerRow(order.id)).toMatchObject({ state: 'closed', canRefund: false });
    const [row] = await env.ctx.database.rows<{ state: string }>(
      sql`select state from market_orders where id = ${order.id}`,
    );
    expect(row.state).toBe('closed'); // the open API and every other reader see it too
    // Paid after the close: refunded by the payment side, the market order stays closed.
    await env.app.inject({ method: 'POST', url: `${order.cashierUrl}/pay` });
    await deliverAll(env);
    expect(await providerRow(order.id)).toMatchObject({ state: 'closed' });
    expect((await m.get('/api/market/my-services')).json().items).toEqual([]);
  });

  it('a paid trial left unpaid gives the trial back: the merchant can take it again, still only once', async () => {
    const m = await signInAccount(env, '13833330002', 'merchant');
    const quoteTrial = () =>
      m.get(
        `/api/market/services/${svc.serviceId}/quote?packageName=体验版&version=体验版&durationDays=31`,
      );
    const first = await orderLeftUnpaid(m, trial);
    expect((await m.get(`/api/market/orders/${first.id}`)).json().state).toBe('closed');
    expect((await quoteTrial()).json()).toMatchObject({ kind: 'trial' });
    const again = await m.post('/api/market/orders', { serviceId: svc.serviceId, ...trial });
    expect(again.statusCode, again.body).toBe(200);
    await env.app.inject({ method: 'POST', url: `${again.json().cashierUrl}/pay` });
    await deliverAll(env);
    expect((await m.get(`/api/market/orders/${again.json().id}`)).json().state).toBe('paid');
    const mine = (await m.get('/api/market/my-services')).json().items;
    expect(mine).toMatchObject([{ trial: true, state: 'active' }]);
    // The paid trial holds the claim: a third one is refused, even after the first pays late.
    await env.app.inject({ method: 'POST', url: `${first.cashierUrl}/pay` });
    await deliverAll(env);
    expect((await m.get(`/api/market/orders/${first.id}`)).json().state).toBe('closed');
    const third = await m.post('/api/market/orders', { serviceId: svc.serviceId, ...trial });
    expect(third.json().code).toBe('ORDERS.TRIAL_TAKEN');
    const claims = await env.ctx.database.rows<{ order_id: string }>(
      sql`select order_id from market_trials where service_id = ${svc.serviceId}`,
    );
    expect(claims).toEqual([{ order_id: again.json().id }]);
  });
});
