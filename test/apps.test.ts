import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO } from '../src/server/flows/seed-demo';
import { DEMO_PNG } from '../src/server/flows/demo-assets';
import { getApp, hasOnlineApp, listOnlineApps } from '../src/server/modules/apps';
import { Agent, createTestEnv, signInAccount, signInOperator, type TestEnv } from './helpers';
import { multipart } from './onboarding-helpers';
import { appBody, approvedProvider, basic, createApp, postForm } from './apps-helpers';

let env: TestEnv;
let a: Agent;
let b: Agent;
let op: Agent;

beforeAll(async () => {
  env = await createTestEnv();
  a = await approvedProvider(env);
  b = await approvedProvider(env, '13611110001', 'APB001');
  op = await signInOperator(env);
});
afterAll(() => env.close());

describe('registering apps', () => {
  it('answers the app secret once; the app key always; the detail shows only a hint', async () => {
    const res = await a.post('/api/provider/apps', appBody());
    expect(res.statusCode).toBe(200);
    const { app, appSecret } = res.json();
    expect(appSecret).toMatch(/^sk_[A-Za-z0-9_-]{43}$/);
    expect(app).toMatchObject({
      state: 'developing',
      name: '订单助手',
      scopes: ['shop:read', 'orders:read'],
    });
    expect(app.appKey).toMatch(/^ak_/);
    const detail = await a.get(`/api/provider/apps/${app.id}`);
    expect(detail.body).not.toContain(appSecret);
    expect(detail.json().secretHint).toBe(`sk_…${appSecret.slice(-4)}`);
    expect(detail.json().webhookSecret).toMatch(/^whsec_/);
  });

  it('names every bad field, in Chinese by default', async () => {
    const res = await a.post('/api/provider/apps', {
      name: 'x',
      redirectUris: ['http://app.example.com/cb', 'https://app.example.com/cb#top', 'not a url'],
      scopes: [],
      webhookUrl: 'ftp://hooks.example.com',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().code).toBe('COMMON.VALIDATION');
    expect(res.json().fields).toEqual({
      name: '应用名称为 2–30 个字符',
      'redirectUris.0': '回调地址须为 https（本机调试可用 http://127.0.0.1 或 http://localhost）',
      'redirectUris.1': '回调地址不能包含 # 片段',
      'redirectUris.2': '请输入完整的网址（如 https://app.example.com/callback）',
      scopes: '请至少选择一项权限',
      webhookUrl: '推送地址须为 http 或 https 网址',
    });
  });

  it('answers field errors in English for en-US, for missing and duplicate values too', async () => {
    a.lang = 'en-US';
    const res = await a
      .post('/api/provider/apps', {
        name: '订单助手',
        redirectUris: ['https://a.example.com/cb', 'https://a.example.com/cb'],
      })
      .finally(() => (a.lang = 'zh-CN'));
    expect(res.statusCode).toBe(400);
    expect(res.json().message).toBe('Some fields are not valid; see the marked fields');
    expect(res.json().fields).toEqual({
      'redirectUris.1': 'Duplicate redirect URI',
      scopes: 'Choose at least one scope',
    });
  });

  it('checks that the logo was uploaded by this provider, as a sniffed JPG or PNG', async () => {
    const png = await a.request({
      method: 'POST',
      url: '/api/provider/apps/logo',
      ...multipart('file', 'logo.png', DEMO_PNG, 'image/png'),
    });
    expect(png.statusCode).toBe(200);
    const fake = await a.request({
      method: 'POST',
      url: '/api/provider/apps/logo',
      ...multipart('file', 'logo.png', Buffer.from('%PDF-1.4 not an image'), 'image/png'),
    });
    expect(fake.statusCode).toBe(415);
    expect(fake.json().fields.file).toContain('JPG, PNG');
    const stolen = await b.post('/api/provider/apps', appBody({ logoFileId: png.json().id }));
    expect(stolen.statusCode).toBe(400);
    expect(stolen.json().fields).toEqual({ logoFileId: '应用图标文件不存在，请重新上传' });
    const ok = await a.post('/api/provider/apps', appBody({ logoFileId: png.json().id }));
    expect(ok.json().app.logo).toMatchObject({ id: png.json().id, mime: 'image/png' });
  });

  it('only onboarded providers register apps', async () => {
    const pending = await signInAccount(env, DEMO.pendingProvider.mobile);
    const res = await pending.post('/api/provider/apps', appBody());
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('ONBOARDING.REQUIRED');
    const m = await signInAccount(env, DEMO.merchant.mobile, 'merchant');
    expect((await m.get('/api/provider/apps')).statusCode).toBe(403);
    expect((await env.app.inject({ url: '/api/provider/apps' })).statusCode).toBe(401);
  });

  it('stops at the policy limit of apps per account (kuaishou: 5)', async () => {
    for (let i = 1; i <= 5; i++) await createApp(b, { name: `应用${i}` });
    const res = await b.post('/api/provider/apps', appBody({ name: '第六个' }));
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({
      code: 'APPS.LIMIT_REACHED',
      message: '每个账号最多创建 5 个应用',
    });
    expect((await b.get('/api/provider/apps')).json()).toMatchObject({ max: 5 });
    expect((await b.get('/api/provider/apps')).json().items).toHaveLength(5);
  });
});

describe('one provider cannot see or change another provider’s apps', () => {
  it('answers 404 to every call on an app of someone else', async () => {
    const app = await createApp(a, { name: '甲的应用' });
    const theirs = (await b.get('/api/provider/apps'))
      .json()
      .items.map((x: { id: string }) => x.id);
    expect(theirs).not.toContain(app.id);
    const calls = [
      b.get(`/api/provider/apps/${app.id}`),
      b.put(`/api/provider/apps/${app.id}`, appBody({ name: '乙改的' })),
      b.post(`/api/provider/apps/${app.id}/secret`),
      b.get(`/api/provider/apps/${app.id}/webhook-deliveries`),
      b.post(`/api/provider/apps/${app.id}/webhook-test`),
    ];
    for (const res of await Promise.all(calls)) expect(res.statusCode).toBe(404);
    expect((await a.get(`/api/provider/apps/${app.id}`)).json().name).toBe('甲的应用');
  });
});

describe('editing and rotating', () => {
  it('edits an app; rotating the secret stops the old one at once', async () => {
    const app = await createApp(a, { name: '可轮换' });
    const put = await a.put(
      `/api/provider/apps/${app.id}`,
      appBody({ name: '已改名', scopes: ['shop:read'] }),
    );
    expect(put.json()).toMatchObject({ name: '已改名', scopes: ['shop:read'] });
    const probe = (secret: string) =>
      postForm(env, '/oauth/revoke', { token: 'fwat_none' }, basic(app.appKey, secret));
    expect((await probe(app.appSecret)).statusCode).toBe(200);
    const rotated = await a.post(`/api/provider/apps/${app.id}/secret`);
    const fresh = rotated.json().appSecret;
    expect(fresh).not.toBe(app.appSecret);
    expect((await probe(app.appSecret)).statusCode).toBe(401);
    expect((await probe(fresh)).statusCode).toBe(200);
  });
});

describe('the operators’ check: developing → online → suspended', () => {
  it('brings an app online and suspends it, audited; wrong moves are refused', async () => {
    const app = await createApp(a, { name: '待上线' });
    const pid = (await a.get(`/api/provider/apps/${app.id}`)).json();
    expect(pid.state).toBe('developing');
    const list = (await op.get('/api/ops/apps?state=developing&q=待上线')).json();
    expect(list.items).toEqual([
      expect.objectContaining({ id: app.id, providerCompany: DEMO.provider.company }),
    ]);
    expect((await a.post(`/api/ops/apps/${app.id}/online`)).statusCode).toBe(403);
    const on = await op.post(`/api/ops/apps/${app.id}/online`);
    expect(on.json()).toMatchObject({ state: 'online' });
    const again = await op.post(`/api/ops/apps/${app.id}/online`);
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('APPS.BAD_TRANSITION');
    const noReason = await op.post(`/api/ops/apps/${app.id}/suspend`, { reason: '' });
    expect(noReason.json().fields).toEqual({ reason: '请填写原因（至少 2 个字）' });
    const off = await op.post(`/api/ops/apps/${app.id}/suspend`, { reason: '回调地址失效' });
    expect(off.json()).toMatchObject({ state: 'suspended', stateReason: '回调地址失效' });
    const edit = await a.put(`/api/provider/apps/${app.id}`, appBody());
    expect(edit.statusCode).toBe(409);
    expect(edit.json().code).toBe('APPS.SUSPENDED');
    const audit = (await op.get(`/api/ops/audit?targetId=${app.id}`)).json().items;
    expect(audit.map((x: { action: string }) => x.action)).toEqual(
      expect.arrayContaining(['apps.create', 'apps.online', 'apps.suspend']),
    );
  });
});

describe('what other modules call', () => {
  it('hasOnlineApp, listOnlineApps and getApp', async () => {
    const fresh = await approvedProvider(env, '13611110002', 'APB002');
    const app = await createApp(fresh, { name: '查询用' });
    const summary = await getApp(env.ctx, app.id);
    expect(summary).toMatchObject({ id: app.id, name: '查询用', state: 'developing' });
    expect(JSON.stringify(summary)).not.toContain('secret');
    const providerOf = summary!.providerId;
    expect(await hasOnlineApp(env.ctx, providerOf)).toBe(false);
    await op.post(`/api/ops/apps/${app.id}/online`);
    expect(await hasOnlineApp(env.ctx, providerOf)).toBe(true);
    expect((await listOnlineApps(env.ctx, providerOf)).map((x) => x.id)).toEqual([app.id]);
    expect(await getApp(env.ctx, 'app_nope')).toBeNull();
  });
});
