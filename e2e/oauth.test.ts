import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from '../src/server/platform/db';
import { DEMO } from '../src/server/flows/seed-demo';
import {
  approvedProvider,
  authorizeQuery,
  bringOnline,
  createApp,
  pkce,
  receiver,
  redeem,
  type CreatedApp,
} from '../test/apps-helpers';
import { newPage, opsSignIn, smsSignIn, startE2E, type E2E } from './harness';

let e: E2E;
let callback: Awaited<ReturnType<typeof receiver>>;
let app: CreatedApp;
const MOBILE = '13900000008';

beforeAll(async () => {
  e = await startE2E('kuaishou');
  callback = await receiver();
  const provider = await approvedProvider(e);
  app = await createApp(provider, {
    name: '演示订单助手',
    redirectUris: [`${callback.url}/oauth/callback`],
    scopes: ['shop:read', 'orders:read'],
  });
  await bringOnline(e, app.id);
});
afterAll(async () => {
  await callback.close();
  await e.stop();
});

/** The open API called over real HTTP, as the app's server would. */
const shop = (token: string) =>
  fetch(`${e.baseUrl}/open/v1/shop`, { headers: { authorization: `Bearer ${token}` } });

describe('a merchant authorizes an app in the browser (SPEC §6)', () => {
  it('signs in, approves on the consent page, lands on the callback with a code the app exchanges', async () => {
    const { page } = await newPage(e);
    await page.goto('/market/login');
    await smsSignIn(e, page, MOBILE);

    const p = pkce();
    const q = authorizeQuery(app, p.challenge, { scope: 'shop:read orders:read', state: 'e2e-st' });
    await page.goto(`/oauth/authorize?${new URLSearchParams(q)}`);
    await page.waitForURL((u) => u.pathname === '/market/oauth/authorize');
    await expect.poll(() => page.getByTestId('consent-app').textContent()).toBe('演示订单助手');
    expect(await page.getByTestId('consent-provider').textContent()).toContain(
      DEMO.provider.company,
    );
    const scopes = await page.getByTestId('consent-scopes').textContent();
    expect(scopes).toContain('读取店铺基本信息');
    expect(scopes).toContain('读取服务市场订单');

    await page.getByTestId('consent-approve').click();
    await page.waitForURL((u) => u.href.startsWith(`${callback.url}/oauth/callback`));
    const landed = new URL(page.url());
    expect(landed.searchParams.get('state')).toBe('e2e-st');
    const code = landed.searchParams.get('code')!;
    expect(code).toMatch(/^fwac_/);
    const hit = callback.requests.map((r) => new URL(r.url, callback.url).searchParams.get('code'));
    expect(hit).toContain(code);

    const token = await redeem(e, app, code, p.verifier);
    expect(token.statusCode).toBe(200);
    const { access_token: access } = token.json();
    const res = await shop(access);
    expect(res.status).toBe(200);
    const [acc] = await e.ctx.database.rows<{ id: string }>(
      sql`select id from accounts where mobile = ${MOBILE}`,
    );
    expect(await res.json()).toMatchObject({
      merchantId: acc.id,
      mobileMasked: '139****0008',
      authorizedScopes: ['shop:read', 'orders:read'],
    });

    // "我的授权": the merchant revokes it, and the app's token stops working at once.
    await page.goto('/market/authorizations');
    await page.getByTestId(`revoke-${app.id}`).click();
    await page.locator('.ant-popconfirm .ant-btn-dangerous').click();
    await expect.poll(async () => (await shop(access)).status).toBe(401);
    await expect
      .poll(() => page.getByTestId('authorizations').textContent())
      .not.toContain('演示订单助手');
  });

  it('shows an error page, and does not redirect, for a redirect URI that is not registered', async () => {
    const { page } = await newPage(e);
    const q = authorizeQuery(app, pkce().challenge, {
      redirect_uri: `${callback.url}/oauth/callback/`,
    });
    const before = callback.requests.length;
    const res = await page.goto(`/oauth/authorize?${new URLSearchParams(q)}`);
    expect(res?.status()).toBe(400);
    expect(new URL(page.url()).origin).toBe(e.baseUrl);
    expect(await page.getByTestId('oauth-error').textContent()).toContain('回调地址');
    expect(callback.requests.length).toBe(before);
  });
});

describe('apps in the provider console and the operators’ check', () => {
  it('a provider registers an app and sees its secret once; an operator simulates and brings it online', async () => {
    e.clock.advance(61_000); // the demo provider got an SMS code in beforeAll
    const { page } = await newPage(e);
    await page.goto('/provider/login');
    await smsSignIn(e, page, DEMO.provider.mobile);
    await page.goto('/provider/apps');
    await page.getByTestId('app-new').click();
    await page.getByTestId('app-name').fill('界面创建的应用');
    await page.getByTestId('redirect-uri-0').fill('http://127.0.0.1:9/cb');
    await page.getByTestId('app-save').click();
    await expect.poll(() => page.getByTestId('app-secret-once').textContent()).toMatch(/^sk_/);
    const appId = new URL(page.url()).pathname.split('/').pop()!;
    expect(await page.getByTestId('app-key').textContent()).toMatch(/^ak_/);
    expect(await page.getByTestId('app-state').textContent()).toBe('开发中');

    const ops = (await newPage(e)).page;
    await opsSignIn(e, ops);
    await ops.goto('/ops/apps');
    await ops.getByTestId(`ops-app-row-${appId}`).click();
    await ops.getByTestId('ops-app-simulate').click();
    await expect.poll(() => ops.getByText('回调失败').count()).toBeGreaterThan(0);
    await ops.getByTestId('ops-app-online').click();
    await expect.poll(() => ops.getByTestId('app-state').textContent()).toBe('已上线');
    await page.reload();
    await expect.poll(() => page.getByTestId('app-state').textContent()).toBe('已上线');
  });
});
