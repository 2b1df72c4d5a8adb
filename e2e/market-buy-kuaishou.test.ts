import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runSubscriptionJobs } from '../src/server/modules/orders';
import { signInAccount } from '../test/helpers';
import { appKeyOf, redeem, type CreatedApp } from '../test/apps-helpers';
import { deliverAll } from '../test/deposit-helpers';
import { listedToolService } from '../test/order-helpers';
import { newPage, smsSignIn, startE2E, type E2E } from './harness';
import { startLaunchingApp, type LaunchingApp } from './launching-app';

const DAY = 86_400_000;
const PROVIDER = '13744440001';
const MERCHANT = '13844440001';

let e: E2E;
let appServer: LaunchingApp;
let app: CreatedApp;
let serviceId: string;

beforeAll(async () => {
  e = await startE2E('kuaishou');
  appServer = await startLaunchingApp(e, { callbackPath: '/oauth/callback', scope: 'orders:read' });
  const svc = await listedToolService(e, PROVIDER, appServer.redirectUri);
  serviceId = svc.serviceId;
  const provider = await signInAccount(e, PROVIDER);
  const secret = (await provider.post(`/api/provider/apps/${svc.appId}/secret`)).json().appSecret;
  appServer.appKey = await appKeyOf(e, svc.appId);
  app = {
    id: svc.appId,
    appKey: appServer.appKey,
    appSecret: secret,
    redirectUri: appServer.redirectUri,
  };
});
afterAll(async () => {
  await appServer.close();
  await e.stop();
});

async function buy(page: import('playwright-core').Page, opened = false) {
  if (!opened) await page.goto(`/market/services/${serviceId}`);
  await page.getByTestId('buy-spec-标准版-92').click();
  await expect.poll(() => page.getByTestId('buy-quote').textContent()).toBeTruthy();
  const quote = await page.getByTestId('buy-quote').textContent();
  await page.getByTestId('buy-now').click();
  await page.waitForURL((u) => u.pathname.startsWith('/sandbox/cashier/'));
  await page.getByTestId('cashier-pay').click();
  await page.waitForURL((u) => u.pathname.startsWith('/market/orders/'));
  await deliverAll(e);
  await expect.poll(() => page.getByTestId('order-state').textContent()).toBe('已支付');
  return quote ?? '';
}

describe('kuaishou: a merchant buys, uses and renews a service in the browser', () => {
  it('buys 3 months, pays at the cashier, uses the service, renews; the app and provider see it', async () => {
    const { page } = await newPage(e);
    await page.goto('/market/login');
    await smsSignIn(e, page, MERCHANT);
    // The merchant finds the service by searching in Chinese (no spaces) from the market home.
    await page.goto('/market');
    const box = page.getByTestId('market-search-input').locator('input');
    await box.fill('引流');
    await box.press('Enter');
    await page.waitForURL((u) => u.pathname === '/market/search');
    await page.getByTestId(`market-result-${serviceId}`).click();
    await page.waitForURL((u) => u.pathname === `/market/services/${serviceId}`);
    expect(await buy(page, true)).toContain('新订购');

    await page.getByTestId('order-my-services').click();
    await expect.poll(() => page.getByTestId('my-state').first().textContent()).toBe('生效中');
    const firstEnd = await page.getByTestId('my-valid-until').first().textContent();

    // 使用服务: the app starts the authorization, the merchant consents, the app gets a code.
    await page.getByRole('button', { name: '使用服务' }).click();
    await page.waitForURL((u) => u.pathname === '/market/oauth/authorize');
    await page.getByTestId('consent-approve').click();
    await page.waitForURL((u) => u.href.startsWith(`${appServer.url}/oauth/callback`));
    expect(appServer.codes).toHaveLength(1);
    const token = await redeem(e, app, appServer.codes[0], appServer.verifier);
    expect(token.statusCode, token.body).toBe(200);
    const res = await fetch(`${e.baseUrl}/open/v1/orders`, {
      headers: { authorization: `Bearer ${token.json().access_token}` },
    });
    expect(res.status).toBe(200);
    const orders = (await res.json()).items;
    expect(orders).toHaveLength(1);
    expect(orders[0]).toMatchObject({ version: '标准版', durationDays: 92, state: 'paid' });

    // The same version again: the end date moves by 92 days.
    expect(await buy(page)).toContain('顺延');
    await page.goto('/market/my-services');
    await expect
      .poll(() => page.getByTestId('my-valid-until').first().textContent())
      .not.toBe(firstEnd);

    // The provider sees the orders, buyer masked.
    const prov = await newPage(e);
    await prov.page.goto('/provider/login');
    e.clock.advance(61_000);
    await smsSignIn(e, prov.page, PROVIDER);
    await prov.page.goto('/provider/orders');
    await expect
      .poll(() => prov.page.getByTestId('provider-orders').textContent())
      .toContain('138****0001');

    // T-5 days: the reminder appears in "My services".
    e.clock.advance(184 * DAY - 5 * DAY);
    await runSubscriptionJobs(e.ctx);
    const again = await newPage(e);
    await again.page.goto('/market/login');
    await smsSignIn(e, again.page, MERCHANT);
    await again.page.goto('/market/my-services');
    await expect.poll(() => again.page.getByTestId('my-notice').textContent()).toContain('到期');
  });
});
