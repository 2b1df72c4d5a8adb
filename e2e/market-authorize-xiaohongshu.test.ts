import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from '../src/server/platform/db';
import { appKeyOf } from '../test/apps-helpers';
import { listedXiaohongshuService } from '../test/order-helpers';
import { newPage, smsSignIn, startE2E, type E2E } from './harness';
import { startLaunchingApp, type LaunchingApp } from './launching-app';

let e: E2E;
let appServer: LaunchingApp;
let serviceId = '';

beforeAll(async () => {
  e = await startE2E('xiaohongshu');
  appServer = await startLaunchingApp(e, { callbackPath: '/cb', scope: 'shop:read' });
  const listed = await listedXiaohongshuService(e, '13655550001', appServer.redirectUri);
  serviceId = listed.serviceId;
  appServer.appKey = await appKeyOf(e, listed.appId);
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
