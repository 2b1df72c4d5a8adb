import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../src/server/platform/context';
import { createTestEnv, signInAccount, signInOperator, type Agent, type TestEnv } from './helpers';
import { receiver } from './apps-helpers';
import { quickProvider } from './deposit-helpers';
import {
  content,
  fundDeposit,
  GOOD_JPG,
  onlineAppOf,
  serviceCategory,
  uploadImage,
} from './service-helpers';

let env: TestEnv;
let cb: Awaited<ReturnType<typeof receiver>>;
let p: Agent;
let serviceId: string;

beforeAll(async () => {
  env = await createTestEnv({ policy: 'xiaohongshu' });
  cb = await receiver(() => 200);
  const mobile = '13633330001';
  const q = await quickProvider(env, mobile);
  const actor: Actor = { kind: 'provider', accountId: q.accountId, mobile };
  const appId = await onlineAppOf(env, actor, `${cb.url}/cb`, '云帆打单');
  const category = await serviceCategory(env, '订单', '打单工具');
  p = await signInAccount(env, mobile);
  const op = await signInOperator(env);
  serviceId = (await p.post('/api/provider/services', { categoryId: category, appId })).json().id;
  const img = (await uploadImage(p, GOOD_JPG, 'main')).json().id;
  const saved = await p.put(`/api/provider/services/${serviceId}/draft`, {
    appId,
    content: content(img, { name: '云帆打单' }),
  });
  expect(saved.statusCode, saved.body).toBe(200);
  await fundDeposit(env, q.providerId, 1_000_000);
  const dep = (await p.get('/api/provider/deposit')).json();
  const req = dep.requirements.find((r: { sourceId: string }) => r.sourceId === serviceId);
  expect((await p.post(`/api/provider/deposit/requirements/${req.id}/pay`)).statusCode).toBe(200);
  expect((await p.post(`/api/provider/services/${serviceId}/submit`)).statusCode).toBe(200);
  const versionId = (await p.get(`/api/provider/services/${serviceId}`)).json().pending.id;
  const ok = await op.post(`/api/ops/services/${serviceId}/approve`, { versionId });
  expect(ok.statusCode, ok.body).toBe(200);
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
