import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, signInAccount, signInOperator, type Agent, type TestEnv } from './helpers';
import { approvedProvider } from './qualification-helpers';

let env: TestEnv;
let op: Agent;
beforeAll(async () => {
  env = await createTestEnv();
  op = await signInOperator(env);
});
afterAll(() => env.close());

const newCategory = {
  platform: 'kuaishou',
  group: '直播服务',
  name: '直播切片',
  type: 'operation',
  depositFen: 500_000,
  minRegisteredCapitalWan: 30,
  minYearsRegistered: null,
  minStaff: 10,
  minCaseStudies: 1,
  requiresMrdPrd: false,
  requiresCustomerService5x8: true,
  proofKind: null,
};

describe('operators maintain the category catalog', () => {
  it('seeds both published tables with their thresholds and the 产业带运营 proofs', async () => {
    const items = (await op.get('/api/ops/categories?platform=kuaishou&q=产业带')).json().items;
    expect(items.map((c: { name: string; proofKind: string }) => [c.name, c.proofKind])).toEqual([
      ['线索地推', 'outreach'],
      ['陪跑运营', 'incubation'],
    ]);
    const erp = (await op.get('/api/ops/categories?platform=kuaishou&q=电商ERP')).json().items[0];
    expect(erp).toMatchObject({
      type: 'tool',
      depositFen: 2_000_000,
      minRegisteredCapitalWan: 20,
      minYearsRegistered: 1,
      minStaff: 20,
      requiresMrdPrd: true,
    });
    const xhs = (await op.get('/api/ops/categories?platform=xiaohongshu')).json().items;
    expect(xhs).toHaveLength(9);
  });

  it('creates, edits and retires a category, each audited; a retired one cannot be chosen', async () => {
    const created = await op.post('/api/ops/categories', newCategory);
    expect(created.statusCode).toBe(200);
    const id = created.json().id;
    expect((await op.post('/api/ops/categories', newCategory)).json()).toMatchObject({
      code: 'CATALOG.NAME_TAKEN',
      fields: { name: '同一平台、同一分组下已有同名类目' },
    });
    const { agent } = await approvedProvider(env, '13588880001', 'CA0001');
    const option = (await agent.get('/api/provider/qualifications/options'))
      .json()
      .categories.find((c: { id: string }) => c.id === id);
    expect(option).toMatchObject({ name: '直播切片', refusals: [] });

    const edited = await op.put(`/api/ops/categories/${id}`, {
      minStaff: 40,
      note: '需直播切片案例',
    });
    expect(edited.json()).toMatchObject({ minStaff: 40, note: '需直播切片案例' });
    const refused = (await agent.get('/api/provider/qualifications/options'))
      .json()
      .categories.find((c: { id: string }) => c.id === id);
    expect(refused.refusals[0].message).toBe('员工人数须不少于 40 人，您的企业为 30 人');

    expect((await op.post(`/api/ops/categories/${id}/retire`)).json().retired).toBe(true);
    const market = (await agent.get('/api/market/categories')).json().items;
    expect(market.some((c: { id: string }) => c.id === id)).toBe(false);
    const res = await agent.post('/api/provider/qualifications', {
      serviceType: 'operation',
      categoryId: id,
    });
    expect(res.json().fields.categoryId).toBe('类目不存在或已下线');
    expect((await op.post(`/api/ops/categories/${id}/restore`)).json().retired).toBe(false);

    const audit = (await op.get(`/api/ops/audit?targetId=${id}`)).json();
    expect(audit.items.map((a: { action: string }) => a.action).sort()).toEqual([
      'category.create',
      'category.restore',
      'category.retire',
      'category.update',
    ]);
    const update = audit.items.find((a: { action: string }) => a.action === 'category.update');
    expect(update.detail.minStaff).toEqual({ from: 10, to: 40 });
  });

  it('names bad fields, and keeps providers out', async () => {
    const bad = await op.post('/api/ops/categories', { ...newCategory, name: '', depositFen: -1 });
    expect(bad.statusCode).toBe(400);
    expect(Object.keys(bad.json().fields).sort()).toEqual(['depositFen', 'name']);
    op.lang = 'en-US';
    const en = await op.post('/api/ops/categories', { ...newCategory, name: '', depositFen: 1.5 });
    expect(en.json().fields).toEqual({ name: 'Required', depositFen: 'Enter a whole number' });
    op.lang = 'zh-CN';
    const provider = await signInAccount(env, '13588880002');
    expect((await provider.get('/api/ops/categories')).statusCode).toBe(403);
    expect((await provider.post('/api/ops/categories', newCategory)).statusCode).toBe(403);
  });

  it('a service type the policy closes cannot be chosen', async () => {
    const saved = await op.put('/api/ops/policy', { serviceTypes: ['tool'] });
    expect(saved.statusCode).toBe(200);
    const { agent } = await approvedProvider(env, '13588880003', 'CA0003');
    const options = (await agent.get('/api/provider/qualifications/options')).json();
    expect(options.serviceTypes).toEqual(['tool']);
    expect(options.categories.every((c: { type: string }) => c.type === 'tool')).toBe(true);
    const [{ id }] = (await op.get('/api/ops/categories?platform=kuaishou&q=线索地推')).json()
      .items;
    const res = await agent.post('/api/provider/qualifications', {
      serviceType: 'operation',
      categoryId: id,
    });
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({
      code: 'QUALIFICATIONS.SERVICE_TYPE_NOT_ALLOWED',
      fields: { serviceType: '本市场不开放该服务类型' },
    });
    await op.put('/api/ops/policy', { serviceTypes: ['tool', 'operation', 'service'] });
  });
});
