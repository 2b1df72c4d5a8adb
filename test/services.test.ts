import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from '../src/server/platform/db';
import type { Actor } from '../src/server/platform/context';
import { DEMO } from '../src/server/flows/seed-demo';
import { createTestEnv, signInAccount, signInOperator, type Agent, type TestEnv } from './helpers';
import { approvedProvider } from './qualification-helpers';
import { receiver } from './apps-helpers';
import {
  GOOD_JPG,
  SMALL_JPG,
  WIDE_JPG,
  content,
  kuaishouReady,
  onlineAppOf,
  prepareKuaishou,
  serviceCategory,
  uploadImage,
} from './service-helpers';

let env: TestEnv;
let cb: Awaited<ReturnType<typeof receiver>>;
let a: Agent; // provider A (onboarded through the API: has a contact email)
let appA: string;
let actorA: Actor;
let toolCat: string;
let op: Agent;

beforeAll(async () => {
  env = await createTestEnv({ policy: 'kuaishou' });
  cb = await receiver(() => 302);
  toolCat = await serviceCategory(env, '营销管理', '吸粉引流');
  const p = await approvedProvider(env, '13700000001', 'KAA001');
  a = p.agent;
  appA = await prepareKuaishou(env, p, toolCat, `${cb.url}/oauth/callback`);
  actorA = p.actor;
  op = await signInOperator(env);
});
afterAll(async () => {
  await cb.close();
  await env.close();
});

async function newService(agent: Agent, body: Record<string, unknown>) {
  const res = await agent.post('/api/provider/services', body);
  expect(res.statusCode, res.body).toBe(200);
  return res.json().id as string;
}

async function mainImage(agent: Agent) {
  const res = await uploadImage(agent, GOOD_JPG, 'main');
  expect(res.statusCode, res.body).toBe(200);
  return res.json().id as string;
}

async function save(agent: Agent, id: string, c: Record<string, unknown>) {
  return agent.put(`/api/provider/services/${id}/draft`, { content: c });
}

const versionOf = async (agent: Agent, id: string) =>
  (await agent.get(`/api/provider/services/${id}`)).json().pending.id as string;

describe('services in the kuaishou preset', () => {
  it('the demo seed lists one service of the approved demo provider', async () => {
    const items = (await env.app.inject({ url: '/api/market/services' })).json().items;
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ name: '云帆旗舰店装修', providerName: DEMO.provider.company });
    expect(items[0].packages).toHaveLength(2);
  });

  it('offers only approved categories and refuses one that is not approved', async () => {
    const opts = (await a.get('/api/provider/services/options')).json();
    expect(opts.mode).toBe('category');
    expect(opts.categories.map((c: { id: string }) => c.id)).toEqual([toolCat]);
    expect(opts.categories[0]).toMatchObject({ type: 'tool', taken: false });
    expect(opts.categories[0].depositFen).toBeGreaterThan(0);
    // A retired category is no longer offered, approved or not.
    await env.ctx.database.rows(sql`update categories set retired = true where id = ${toolCat}`);
    const retired = (await a.get('/api/provider/services/options')).json();
    await env.ctx.database.rows(sql`update categories set retired = false where id = ${toolCat}`);
    expect(retired.categories).toEqual([]);
    expect(retired.hasApprovedCategory).toBe(true);
    const other = await serviceCategory(env, '装修市场', '店铺装修');
    const res = await a.post('/api/provider/services', { categoryId: other });
    expect(res.statusCode).toBe(422);
    expect(res.json().code).toBe('SERVICES.CATEGORY_NOT_APPROVED');
    expect(res.json().fields.categoryId).toContain('我的资质');
  });

  it('binds a tool service to an online app of the provider', async () => {
    const res = await a.post('/api/provider/services', { categoryId: toolCat });
    expect(res.statusCode).toBe(422);
    expect(res.json().code).toBe('SERVICES.APP_REQUIRED');
  });

  it('checks images on upload against the policy: jpg, at least 500 px, main image 1:1', async () => {
    const small = await uploadImage(a, SMALL_JPG, 'gallery');
    expect(small.statusCode).toBe(422);
    expect(small.json().code).toBe('SERVICES.IMAGE_TOO_SMALL');
    expect(small.json().fields.file).toContain('500');
    const wide = await uploadImage(a, WIDE_JPG, 'main');
    expect(wide.json().code).toBe('SERVICES.IMAGE_NOT_SQUARE');
    expect((await uploadImage(a, WIDE_JPG, 'gallery')).statusCode).toBe(200);
    const { DEMO_PNG } = await import('../src/server/flows/demo-assets');
    const png = await uploadImage(a, DEMO_PNG, 'main');
    expect(png.json().code).toBe('SERVICES.IMAGE_FORMAT');
    expect(png.json().fields.file).toContain('JPG');
  });

  it('removing the last package blocks submission', async () => {
    const id = await newService(a, { categoryId: toolCat, appId: appA });
    const img = await mainImage(a);
    expect((await save(a, id, content(img, { packages: [] }))).statusCode).toBe(200);
    const res = await a.post(`/api/provider/services/${id}/submit`);
    expect(res.statusCode).toBe(422);
    expect(res.json().code).toBe('SERVICES.INCOMPLETE');
    expect(res.json().fields.packages).toBe('至少需要一个服务套餐');
    const none = await save(a, id, content(img, { packages: [{ name: '基础版', specs: [] }] }));
    expect(none.statusCode).toBe(200);
    const res2 = await a.post(`/api/provider/services/${id}/submit`);
    expect(res2.json().fields['packages.0.specs']).toBe('套餐至少需要一行规格');
    expect((await a.get(`/api/provider/services/${id}`)).json().versions).toHaveLength(0);
  });

  it('a name with a forbidden word fails the pre-check, naming the word; the version is kept', async () => {
    const { providerId } = await kuaishouReady(env, '13700000009', toolCat, `${cb.url}/cb`);
    void providerId;
    const b = await signInAccount(env, '13700000009');
    const appB = (await b.get('/api/provider/services/options')).json().apps[0].id;
    const id = await newService(b, { categoryId: toolCat, appId: appB });
    await save(b, id, content(await mainImage(b), { name: '云帆打单测试版' }));
    const res = await b.post(`/api/provider/services/${id}/submit`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().review).toBe('rejected');
    const check = res.json().prechecks.find((p: { key: string }) => p.key === 'forbiddenWords');
    expect(check.ok).toBe(false);
    expect(check.message).toContain('测试');
    const detail = (await b.get(`/api/provider/services/${id}`)).json();
    expect(detail.review).toBe('rejected');
    expect(detail.latest.reason).toContain('测试');
    expect(detail.latest.prechecks.find((p: { key: string }) => p.key === 'deposit').ok).toBe(true);
    // history is frozen
    const err = (await env.ctx.database
      .rows(sql`update service_versions set content = '{}'::jsonb where service_id = ${id}`)
      .catch((e: Error) => e)) as Error & { cause?: Error };
    expect(String(err.cause?.message ?? err.message)).toMatch(/immutable/);
  });

  it('provider A cannot touch provider B’s services', async () => {
    await kuaishouReady(env, '13700000008', toolCat, `${cb.url}/cb`);
    const b = await signInAccount(env, '13700000008');
    const appB = (await b.get('/api/provider/services/options')).json().apps[0].id;
    const id = await newService(b, { categoryId: toolCat, appId: appB });
    expect((await a.get(`/api/provider/services/${id}`)).statusCode).toBe(404);
    expect((await save(a, id, content(await mainImage(a)))).statusCode).toBe(404);
    expect((await a.post(`/api/provider/services/${id}/submit`)).statusCode).toBe(404);
    expect((await a.post(`/api/provider/services/${id}/list`)).statusCode).toBe(404);
    expect((await a.post(`/api/provider/services/${id}/delist`)).statusCode).toBe(404);
    const mine = (await a.get('/api/provider/services'))
      .json()
      .items.map((s: { id: string }) => s.id);
    expect(mine).not.toContain(id);
    // B cannot bind A's app
    const steal = await b.post('/api/provider/services', { categoryId: toolCat, appId: appA });
    expect(steal.json().code).toBe('SERVICES.APP_REQUIRED');
  });

  it('walks submit → review → 待上架 → list → delist → edit → review → relist', async () => {
    appA = await onlineAppOf(env, actorA, `${cb.url}/oauth/callback`, '订单助手二号');
    const id = await newService(a, { categoryId: toolCat, appId: appA });
    const img = await mainImage(a);
    await save(a, id, content(img));
    const sub = await a.post(`/api/provider/services/${id}/submit`);
    expect(sub.statusCode, sub.body).toBe(200);
    expect(sub.json().review).toBe('in_review');
    expect(sub.json().prechecks.every((p: { ok: boolean }) => p.ok)).toBe(true);
    expect(sub.json().prechecks.map((p: { key: string }) => p.key)).toContain('authorization');
    expect(cb.requests.some((r) => r.url.startsWith('/oauth/callback?code='))).toBe(true);
    const detail = (await a.get(`/api/provider/services/${id}`)).json();
    expect(detail.queuePosition).toBeGreaterThanOrEqual(1);
    expect(detail.expectedBy).toBe('2026-11-30'); // Wed + 3 working days
    expect(detail.canEdit).toBe(false);

    const queue = (await op.get('/api/ops/services')).json().items;
    expect(queue.find((s: { id: string }) => s.id === id).workingDaysLeft).toBe(3);
    const forOps = (await op.get(`/api/ops/services/${id}`)).json();
    expect(forOps.diff.map((d: { field: string }) => d.field)).toContain('name');
    const versionId = forOps.pending.id;
    const rej = await op.post(`/api/ops/services/${id}/reject`, { versionId });
    expect(rej.json().code).toBe('SERVICES.REASON_REQUIRED');
    expect((await op.post(`/api/ops/services/${id}/approve`, { versionId })).statusCode).toBe(200);
    const emails = await env.ctx.database.rows<{ body: string; channel: string }>(
      sql`select body, channel from outbox_messages where template = 'email.serviceApproved' and body like '%云帆打单%'`,
    );
    expect(emails).toHaveLength(1);
    expect(emails[0].body).toContain('待上架');

    let d = (await a.get(`/api/provider/services/${id}`)).json();
    expect(d.listing).toBe('pending_listing');
    expect((await env.app.inject({ url: `/api/market/services/${id}` })).statusCode).toBe(404);
    d = (await a.post(`/api/provider/services/${id}/list`)).json();
    expect(d.listing).toBe('listed');
    expect(d.accessUrl).toBe(`/market/services/${id}`);
    const market = await env.app.inject({ url: `/api/market/services/${id}` });
    expect(market.json().name).toBe('云帆打单');
    expect(market.json().packages[0].specs[1]).toMatchObject({
      durationDays: 365,
      priceFen: 99900,
    });
    const image = await env.app.inject({ url: market.json().mainImageUrl });
    expect(image.statusCode).toBe(200);
    expect(image.headers['content-type']).toBe('image/jpeg');

    // editing a listed service requires delisting first
    const blocked = await save(a, id, content(img, { name: '云帆打单 Pro' }));
    expect(blocked.json().code).toBe('SERVICES.NOT_EDITABLE');
    await a.post(`/api/provider/services/${id}/delist`);
    expect((await env.app.inject({ url: `/api/market/services/${id}` })).statusCode).toBe(404);
    // unchanged: relists at once
    expect((await a.post(`/api/provider/services/${id}/list`)).json().listing).toBe('listed');
    await a.post(`/api/provider/services/${id}/delist`);
    expect((await save(a, id, content(img, { name: '云帆打单 Pro' }))).statusCode).toBe(200);
    const refused = await a.post(`/api/provider/services/${id}/list`);
    expect(refused.json().code).toBe('SERVICES.CANNOT_LIST');
    expect((await a.post(`/api/provider/services/${id}/submit`)).json().review).toBe('in_review');
    const v2 = await versionOf(a, id);
    const diff = (await op.get(`/api/ops/services/${id}`)).json().diff;
    expect(diff).toEqual([{ field: 'name', before: '云帆打单', after: '云帆打单 Pro' }]);
    await op.post(`/api/ops/services/${id}/approve`, { versionId: v2 });
    expect((await a.get(`/api/provider/services/${id}`)).json().listing).toBe('pending_listing');
    await a.post(`/api/provider/services/${id}/list`);
    expect((await env.app.inject({ url: `/api/market/services/${id}` })).json().name).toBe(
      '云帆打单 Pro',
    );

    // a listed tool service whose app is suspended cannot be listed again
    await a.post(`/api/provider/services/${id}/delist`);
    const sus = await op.post(`/api/ops/apps/${appA}/suspend`, { reason: '回调地址失效' });
    expect(sus.statusCode, sus.body).toBe(200);
    const again = await a.post(`/api/provider/services/${id}/list`);
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('SERVICES.APP_NOT_ONLINE');
    expect((await a.get(`/api/provider/services/${id}`)).json().listing).toBe('delisted');
  });

  it('two reviewers approving the same version at once produce one approval', async () => {
    const { actor } = await kuaishouReady(env, '13700000007', toolCat, `${cb.url}/cb`);
    void actor;
    const p = await signInAccount(env, '13700000007');
    const app = (await p.get('/api/provider/services/options')).json().apps[0].id;
    const id = await newService(p, { categoryId: toolCat, appId: app });
    await save(p, id, content(await mainImage(p)));
    await p.post(`/api/provider/services/${id}/submit`);
    const versionId = await versionOf(p, id);
    const op2 = await signInOperator(env);
    const results = await Promise.all([
      op.post(`/api/ops/services/${id}/approve`, { versionId }),
      op2.post(`/api/ops/services/${id}/approve`, { versionId }),
      op2.post(`/api/ops/services/${id}/reject`, { versionId, reason: '信息不全' }),
    ]);
    const codes = results.map((r) => r.statusCode).sort();
    expect(codes).toEqual([200, 409, 409]);
    const audits = await env.ctx.database.rows<{ n: number }>(
      sql`select count(*)::int as n from audit_logs where target_id = ${id} and action in ('service.approve', 'service.reject')`,
    );
    expect(audits[0].n).toBe(1);
    const [v] = await env.ctx.database.rows<{ decision: string }>(
      sql`select decision from service_versions where id = ${versionId}`,
    );
    const winner = results.find((r) => r.statusCode === 200)!;
    expect(v.decision).toBe(winner === results[2] ? 'rejected' : 'approved');
  });

  it('operator penalties: hide, freeze, delist, purge, each with its effect and an audit record', async () => {
    await kuaishouReady(env, '13700000006', toolCat, `${cb.url}/cb`);
    const p = await signInAccount(env, '13700000006');
    const app = (await p.get('/api/provider/services/options')).json().apps[0].id;
    const id = await newService(p, { categoryId: toolCat, appId: app });
    await save(p, id, content(await mainImage(p)));
    await p.post(`/api/provider/services/${id}/submit`);
    await op.post(`/api/ops/services/${id}/approve`, { versionId: await versionOf(p, id) });
    await p.post(`/api/provider/services/${id}/list`);
    const market = () => env.app.inject({ url: `/api/market/services/${id}` });
    expect((await market()).json().orderable).toBe(true);

    const bad = await op.post(`/api/ops/services/${id}/penalties`, { kind: 'freeze', reason: '' });
    expect(bad.statusCode).toBe(400);
    await op.post(`/api/ops/services/${id}/penalties`, { kind: 'freeze', reason: '投诉处理中' });
    expect((await market()).json().orderable).toBe(false);
    await op.post(`/api/ops/services/${id}/penalties`, { kind: 'hide', reason: '涉嫌虚假宣传' });
    expect((await market()).statusCode).toBe(404);
    expect(
      (await env.app.inject({ url: '/api/market/services' }))
        .json()
        .items.map((s: { id: string }) => s.id),
    ).not.toContain(id);
    await op.post(`/api/ops/services/${id}/penalties`, { kind: 'delist', reason: '违规' });
    const d = (await p.get(`/api/provider/services/${id}`)).json();
    expect(d.listing).toBe('delisted');
    expect(d.penalties.map((x: { kind: string }) => x.kind)).toEqual(['freeze', 'hide', 'delist']);
    const relist = await p.post(`/api/provider/services/${id}/list`);
    expect(relist.json().code).toBe('SERVICES.PENALIZED');
    await op.post(`/api/ops/services/${id}/penalties`, { kind: 'purge', reason: '严重违规' });
    expect((await save(p, id, content('x'))).json().code).toBe('SERVICES.PENALIZED');
    const audits = await env.ctx.database.rows<{ action: string }>(
      sql`select action from audit_logs where target_id = ${id} and action like 'service.penalty.%' order by at, id`,
    );
    expect(audits.map((r) => r.action).sort()).toEqual([
      'service.penalty.delist',
      'service.penalty.freeze',
      'service.penalty.hide',
      'service.penalty.purge',
    ]);
    expect(
      (await p.post(`/api/ops/services/${id}/penalties`, { kind: 'hide', reason: '自己' }))
        .statusCode,
    ).toBe(403);
  });
});
