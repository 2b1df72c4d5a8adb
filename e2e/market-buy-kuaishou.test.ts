import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from '../src/server/platform/db';
import { runSubscriptionJobs } from '../src/server/modules/orders';
import { signInAccount } from '../test/helpers';
import { pkce, redeem, type CreatedApp } from '../test/apps-helpers';
import { deliverAll } from '../test/deposit-helpers';
import { listedToolService } from '../test/order-helpers';
import { newPage, smsSignIn, startE2E, type E2E } from './harness';

const DAY = 86_400_000;
const PROVIDER = '13744440001';
const MERCHANT = '13844440001';

let e: E2E;
let appServer: { url: string; close(): Promise<void>; codes: string[] };
let verifier = '';
let app: CreatedApp;
let serviceId: string;

/** The provider's app: a launch starts OAuth with its own PKCE; the callback keeps the code. */
async function startAppServer() {
  const codes: string[] = [];
  const server = http.createServer((req, res) => {
    const u = new URL(req.url ?? '/', 'http://x');
    if (u.searchParams.get('fuwu_launch')) {
      const p = pkce();
      verifier = p.verifier;
      const q = new URLSearchParams({
        response_type: 'code',
        client_id: app.appKey,
        redirect_uri: app.redirectUri,
        scope: 'orders:read',
        state: 'launch',
        code_challenge: p.challenge,
        code_challenge_method: 'S256',
      });
      res.statusCode = 302;
      res.setHeader('location', `${e.baseUrl}/oauth/authorize?${q}`);
      return res.end();
    }
    const code = u.searchParams.get('code');
    if (code && u.searchParams.get('state') === 'launch') codes.push(code);
    res.setHeader('content-type', 'text/html; charset=utf-8');
    res.end('<p data-testid="app-home">应用首页</p>');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { url, codes, close: () => new Promise<void>((r) => server.close(() => r())) };
}

beforeAll(async () => {
  e = await startE2E('kuaishou');
  appServer = await startAppServer();
  const svc = await listedToolService(e, PROVIDER, `${appServer.url}/oauth/callback`);
  serviceId = svc.serviceId;
  const provider = await signInAccount(e, PROVIDER);
  const secret = (await provider.post(`/api/provider/apps/${svc.appId}/secret`)).json().appSecret;
  const [row] = await e.ctx.database.rows<{ app_key: string }>(
    sql`select app_key from apps where id = ${svc.appId}`,
  );
  app = {
    id: svc.appId,
    appKey: row.app_key,
    appSecret: secret,
    redirectUri: `${appServer.url}/oauth/callback`,
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
    const token = await redeem(e, app, appServer.codes[0], verifier);
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
