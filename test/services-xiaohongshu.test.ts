import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from '../src/server/platform/db';
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
let op: Agent;
let providerId: string;
let appId: string;
let category: string;

beforeAll(async () => {
  env = await createTestEnv({ policy: 'xiaohongshu' });
  cb = await receiver(() => 200);
  const mobile = '13600000001';
  const q = await quickProvider(env, mobile);
  providerId = q.providerId;
  const actor: Actor = { kind: 'provider', accountId: q.accountId, mobile };
  appId = await onlineAppOf(env, actor, `${cb.url}/cb`, '云帆打单');
  await onlineAppOf(env, actor, `${cb.url}/cb2`, '云帆商品');
  category = await serviceCategory(env, '订单', '打单工具');
  p = await signInAccount(env, mobile);
  op = await signInOperator(env);
});
afterAll(async () => {
  await cb.close();
  await env.close();
});

const detail = async (id: string) => (await p.get(`/api/provider/services/${id}`)).json();
const market = (id: string) => env.app.inject({ url: `/api/market/services/${id}` });

describe('services in the xiaohongshu preset (发布服务 §一–三)', () => {
  let id: string;
  let img: string;

  it('"new service" lists the online apps without a service; creating one requires its deposit', async () => {
    const opts = (await p.get('/api/provider/services/options')).json();
    expect(opts.mode).toBe('app');
    expect(opts.apps.map((a: { name: string }) => a.name).sort()).toEqual(['云帆商品', '云帆打单']);
    const res = await p.post('/api/provider/services', { categoryId: category, appId });
    expect(res.statusCode, res.body).toBe(200);
    id = res.json().id;
    const dep = (await p.get('/api/provider/deposit')).json();
    const req = dep.requirements.find((r: { sourceId: string }) => r.sourceId === id);
    expect(req).toMatchObject({ sourceType: 'service', amountFen: 1_000_000, heldFen: 0 });
    expect(req.label).toContain('云帆打单');
    const again = (await p.get('/api/provider/services/options')).json();
    expect(again.apps.find((a: { id: string }) => a.id === appId).hasService).toBe(true);
    expect(again.categories.find((c: { id: string }) => c.id === category).taken).toBe(true);
  });

  it('one service per category, one per app', async () => {
    const other = (await p.get('/api/provider/services/options'))
      .json()
      .apps.find((a: { hasService: boolean }) => !a.hasService).id;
    const sameCat = await p.post('/api/provider/services', { categoryId: category, appId: other });
    expect(sameCat.statusCode).toBe(409);
    expect(sameCat.json().code).toBe('SERVICES.CATEGORY_TAKEN');
    const sameApp = await p.post('/api/provider/services', {
      categoryId: await serviceCategory(env, '图片', '图片工具'),
      appId,
    });
    expect(sameApp.json().code).toBe('SERVICES.APP_TAKEN');
  });

  it('applies the limits: name ≤ 15 characters, exactly 3 tags, short description ≤ 100', async () => {
    const up = await uploadImage(p, GOOD_JPG, 'main');
    img = up.json().id;
    await p.put(`/api/provider/services/${id}/draft`, {
      content: content(img, {
        name: '云帆打单电子面单批量打印发货助手',
        tags: ['打单', '发货'],
        shortDescription: '快'.repeat(101),
      }),
    });
    const res = await p.post(`/api/provider/services/${id}/submit`);
    expect(res.statusCode).toBe(422);
    expect(res.json().fields).toEqual({
      name: '服务名称最多 15 个字',
      tags: '服务标签须恰好 3 个',
      shortDescription: '服务简介最多 100 个字',
    });
  });

  it('an unpaid deposit fails the pre-check; once paid from the balance the service goes to review', async () => {
    await p.put(`/api/provider/services/${id}/draft`, { content: content(img) });
    const first = (await p.post(`/api/provider/services/${id}/submit`)).json();
    expect(first.review).toBe('rejected');
    const dep = first.prechecks.find((c: { key: string }) => c.key === 'deposit');
    expect(dep.ok).toBe(false);
    expect(dep.message).toContain('¥10000.00');
    await fundDeposit(env, providerId, 1_500_000);
    const req = (await p.get('/api/provider/deposit')).json().requirements[0];
    expect((await p.post(`/api/provider/deposit/requirements/${req.id}/pay`)).statusCode).toBe(200);
    const second = (await p.post(`/api/provider/services/${id}/submit`)).json();
    expect(second.review).toBe('in_review');
    expect(second.expectedBy).toBe('2026-12-03'); // 6 working days after Wed 25 Nov
    const d = await detail(id);
    expect(d.queuePosition).toBe(1);
    expect(d.workingDaysLeft).toBe(6);
  });

  it('approval lists the service at once', async () => {
    const versionId = (await detail(id)).pending.id;
    expect((await op.post(`/api/ops/services/${id}/approve`, { versionId })).statusCode).toBe(200);
    const d = await detail(id);
    expect(d.listing).toBe('listed');
    expect(d.visibleOnMarket).toBe(true);
    expect((await market(id)).json().name).toBe('云帆打单');
    const sms = await env.ctx.database.rows<{ body: string }>(
      sql`select body from outbox_messages where template = 'sms.serviceApproved'`,
    );
    expect(sms[0].body).toContain('已在服务市场上架');
  });

  it('an edit of a listed service is reviewed while the old version stays live; a rejection keeps it', async () => {
    const edit = await p.put(`/api/provider/services/${id}/draft`, {
      content: content(img, { name: '云帆打单 2.0' }),
    });
    expect(edit.statusCode, edit.body).toBe(200);
    expect((await p.post(`/api/provider/services/${id}/submit`)).json().review).toBe('in_review');
    let d = await detail(id);
    expect(d.listing).toBe('listed');
    expect((await market(id)).json().name).toBe('云帆打单');
    await op.post(`/api/ops/services/${id}/reject`, {
      versionId: d.pending.id,
      reason: '名称与应用不一致',
    });
    d = await detail(id);
    expect(d.review).toBe('rejected');
    expect(d.listing).toBe('listed');
    expect(d.latest.reason).toBe('名称与应用不一致');
    expect((await market(id)).json().name).toBe('云帆打单');

    await p.put(`/api/provider/services/${id}/draft`, {
      content: content(img, { name: '云帆打单 Plus' }),
    });
    await p.post(`/api/provider/services/${id}/submit`);
    await op.post(`/api/ops/services/${id}/approve`, { versionId: (await detail(id)).pending.id });
    expect((await market(id)).json().name).toBe('云帆打单 Plus');
    expect((await env.app.inject({ url: '/api/market/services' })).json().items).toHaveLength(1);
  });
});
