import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from '../src/server/platform/db';
import type { Actor } from '../src/server/platform/context';
import { signInAccount, signInOperator } from '../test/helpers';
import { pkce } from '../test/apps-helpers';
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

let e: E2E;
let appServer: { url: string; close(): Promise<void>; codes: string[] };
let appKey = '';
let serviceId = '';

/** The provider's app: a launch starts OAuth with its own PKCE; the callback keeps the code. */
async function startAppServer() {
  const codes: string[] = [];
  const server = http.createServer((req, res) => {
    const u = new URL(req.url ?? '/', 'http://x');
    const redirectUri = `http://127.0.0.1:${(server.address() as AddressInfo).port}/cb`;
    if (u.searchParams.get('fuwu_launch')) {
      const q = new URLSearchParams({
        response_type: 'code',
        client_id: appKey,
        redirect_uri: redirectUri,
        scope: 'shop:read',
        state: 'launch',
        code_challenge: pkce().challenge,
        code_challenge_method: 'S256',
      });
      res.statusCode = 302;
      res.setHeader('location', `${e.baseUrl}/oauth/authorize?${q}`);
      return res.end();
    }
    const code = u.searchParams.get('code');
    if (code && u.searchParams.get('state') === 'launch') codes.push(code);
    res.end('ok');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { url, codes, close: () => new Promise<void>((r) => server.close(() => r())) };
}

beforeAll(async () => {
  e = await startE2E('xiaohongshu');
  appServer = await startAppServer();
  const mobile = '13655550001';
  const q = await quickProvider(e, mobile);
  const actor: Actor = { kind: 'provider', accountId: q.accountId, mobile };
  const appId = await onlineAppOf(e, actor, `${appServer.url}/cb`, '云帆打单');
  appKey = (
    await e.ctx.database.rows<{ app_key: string }>(
      sql`select app_key from apps where id = ${appId}`,
    )
  )[0].app_key;
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
