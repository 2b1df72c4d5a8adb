import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from '../src/server/platform/db';
import type { Actor } from '../src/server/platform/context';
import { signInAccount, signInOperator } from '../test/helpers';
import { appKeyOf } from '../test/apps-helpers';
import { quickProvider } from '../test/deposit-helpers';
import {
  content,
  fundDeposit,
  GOOD_JPG,
  onlineAppOf,
  serviceCategory,
  uploadImage,
} from '../test/service-helpers';
import { newPage, smsSignIn, startE2E, type E2E } from './harness';
import { startLaunchingApp, type LaunchingApp } from './launching-app';

let e: E2E;
let appServer: LaunchingApp;
let serviceId = '';

beforeAll(async () => {
  e = await startE2E('xiaohongshu');
  appServer = await startLaunchingApp(e, { callbackPath: '/cb', scope: 'shop:read' });
  const mobile = '13655550001';
  const q = await quickProvider(e, mobile);
  const actor: Actor = { kind: 'provider', accountId: q.accountId, mobile };
  const appId = await onlineAppOf(e, actor, appServer.redirectUri, '云帆打单');
  appServer.appKey = await appKeyOf(e, appId);
  const p = await signInAccount(e, mobile);
  const category = await serviceCategory(e, '订单', '打单工具');
  serviceId = (await p.post('/api/provider/services', { categoryId: category, appId })).json().id;
  const img = (await uploadImage(p, GOOD_JPG, 'main')).json().id;
  await p.put(`/api/provider/services/${serviceId}/draft`, {
    appId,
    content: content(img, { name: '云帆打单' }),
  });
  await fundDeposit(e, q.providerId, 1_000_000);
  const dep = (await p.get('/api/provider/deposit')).json();
  const req = dep.requirements.find((r: { sourceId: string }) => r.sourceId === serviceId);
  await p.post(`/api/provider/deposit/requirements/${req.id}/pay`);
  await p.post(`/api/provider/services/${serviceId}/submit`);
  const versionId = (await p.get(`/api/provider/services/${serviceId}`)).json().pending.id;
  const op = await signInOperator(e);
  const ok = await op.post(`/api/ops/services/${serviceId}/approve`, { versionId });
  if (ok.statusCode !== 200) throw new Error(ok.body);
});
afterAll(async () => {
  await appServer.close();
  await e.stop();
});

describe('xiaohongshu: authorize from the service page', () => {
  it('no cashier appears; the merchant authorizes the app and sees it settled outside the market', async () => {
    const { page } = await newPage(e);
    await page.goto('/market/login');
    await smsSignIn(e, page, '13855550001');
    await page.goto(`/market/services/${serviceId}`);
    await expect.poll(() => page.getByTestId('authorize-service').isVisible()).toBe(true);
    expect(await page.getByTestId('buy-now').count()).toBe(0);
    await page.getByTestId('authorize-service').click();
    await page.waitForURL((u) => u.pathname === '/market/oauth/authorize');
    await page.getByTestId('consent-approve').click();
    await page.waitForURL((u) => u.href.startsWith(`${appServer.url}/cb`));
    expect(appServer.codes).toHaveLength(1);
    const cashier = await e.ctx.database.rows<{ n: number }>(
      sql`select count(*)::int as n from payment_orders where purpose = 'market'`,
    );
    expect(cashier[0].n).toBe(0);
    await page.goto('/market/my-services');
    await expect
      .poll(() => page.getByTestId('my-services').textContent())
      .toContain('已授权（市场外结算）');
  });
});
