import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, signInAccount, type Agent, type TestEnv } from './helpers';
import { receiver } from './apps-helpers';
import { listedXiaohongshuService } from './order-helpers';

let env: TestEnv;
let cb: Awaited<ReturnType<typeof receiver>>;
let p: Agent;
let serviceId: string;

beforeAll(async () => {
  env = await createTestEnv({ policy: 'xiaohongshu' });
  cb = await receiver(() => 200);
  const listed = await listedXiaohongshuService(env, '13633330001', `${cb.url}/cb`);
  serviceId = listed.serviceId;
  p = listed.provider;
});
afterAll(async () => {
  await cb.close();
  await env.close();
});

describe('xiaohongshu: authorize from the service page, settled outside the market', () => {
  it('has no online purchase: no order, no cashier', async () => {
    const m = await signInAccount(env, '13833330001', 'merchant');
    const res = await m.post('/api/market/orders', {
      serviceId,
      packageName: '标准版',
      version: '标准版',
      durationDays: 31,
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe('ORDERS.PURCHASE_OFFLINE');
    expect(res.json()).not.toHaveProperty('cashierUrl');
  });

  it('"authorize" records an authorized subscription once and sends the browser to the app', async () => {
    const m = await signInAccount(env, '13833330002', 'merchant');
    const a = await m.post(`/api/market/services/${serviceId}/use`);
    expect(a.statusCode, a.body).toBe(200);
    expect(a.json().launchUrl).toContain(`${cb.url}/cb?fuwu_launch=1`);
    await m.post(`/api/market/services/${serviceId}/use`);
    const mine = (await m.get('/api/market/my-services')).json().items;
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({ mode: 'authorized', state: 'active', validUntil: null });
    const provider = (await p.get('/api/provider/orders')).json();
    expect(provider.items).toEqual([]);
    expect(provider.subscribers[0]).toMatchObject({
      mode: 'authorized',
      merchantMasked: '138****0002',
    });
  });
});
