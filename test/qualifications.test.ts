import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from '../src/server/platform/db';
import {
  approvedCategories,
  createApplication,
  defaultOnlineAppCheck,
  isCategoryApproved,
} from '../src/server/modules/qualifications';
import { createTestEnv, lastSms, signInAccount, signInOperator, type TestEnv } from './helpers';
import {
  approvedProvider,
  categoryId,
  count,
  incubationMaterials,
  storedFiles,
  upload,
  uploadMaterial,
} from './qualification-helpers';

let env: TestEnv;
beforeAll(async () => {
  env = await createTestEnv();
});
afterAll(() => env.close());

const API = '/api/provider/qualifications';

describe('choosing a category', () => {
  it('refuses a tool category without an online app, and says so in the options', async () => {
    const { agent, providerId } = await approvedProvider(env, '13566660001', 'QL0001');
    const tool = await categoryId(env, '营销管理', '吸粉引流');
    const before = await count(env, 'qualification_applications');
    const res = await agent.post(API, { serviceType: 'tool', categoryId: tool });
    expect(res.statusCode).toBe(422);
    expect(res.json().code).toBe('QUALIFICATIONS.APP_REQUIRED');
    expect(res.json().message).toContain('上线应用');
    expect(await count(env, 'qualification_applications')).toBe(before);
    const options = (await agent.get(`${API}/options`)).json();
    expect(options.hasOnlineApp).toBe(false);
    const option = options.categories.find((c: { id: string }) => c.id === tool);
    expect(option.refusals.map((r: { code: string }) => r.code)).toEqual([
      'QUALIFICATIONS.APP_REQUIRED',
    ]);
    // The default port answers "no online app" before and after the apps module exists.
    expect(await defaultOnlineAppCheck(env.ctx, providerId)).toBe(false);
  });

  it('lets a tool category be chosen when the online-app check says yes (injected port)', async () => {
    const { actor } = await approvedProvider(env, '13566660002', 'QL0002');
    const tool = await categoryId(env, '营销管理', '吸粉引流');
    const created = await createApplication(
      env.ctx,
      actor,
      { serviceType: 'tool', categoryId: tool },
      { hasOnlineApp: async () => true },
    );
    expect(created).toMatchObject({
      state: 'draft',
      categoryName: '吸粉引流',
      serviceType: 'tool',
    });
  });

  it('refuses thresholds the onboarding data misses, naming the numbers, in both languages', async () => {
    const { agent } = await approvedProvider(env, '13566660003', 'QL0003', {
      registeredCapitalWan: 10,
      establishedOn: '2026-01-10',
      staffSize: 5,
    });
    const cat = await categoryId(env, '店铺服务', '代运营服务');
    const before = await count(env, 'qualification_applications');
    const res = await agent.post(API, { serviceType: 'operation', categoryId: cat });
    expect(res.statusCode).toBe(422);
    const body = res.json();
    expect(body.code).toBe('QUALIFICATIONS.CAPITAL_TOO_LOW');
    expect(body.message).toBe('注册资本须不低于 50 万元，您的企业为 10 万元');
    expect(body.fields.registeredCapitalWan).toBe('注册资本须不低于 50 万元，您的企业为 10 万元');
    expect(body.fields.establishedOn).toBe(
      '企业成立须满 1 年，您的企业成立于 2026-01-10，已满 0 年',
    );
    expect(body.fields.staffSize).toBe('员工人数须不少于 20 人，您的企业为 5 人');
    agent.lang = 'en-US';
    const en = (await agent.post(API, { serviceType: 'operation', categoryId: cat })).json();
    expect(en.fields.staffSize).toBe('At least 20 staff are required; your company has 5');
    expect(await count(env, 'qualification_applications')).toBe(before);
  });

  it('answers field errors for a bad choice in zh-CN and en-US', async () => {
    const { agent } = await approvedProvider(env, '13566660004', 'QL0004');
    const missing = await agent.post(API, { serviceType: 'operation' });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().fields.categoryId).toBe('必填');
    const cat = await categoryId(env, '产业带运营', '陪跑运营');
    const mismatch = await agent.post(API, { serviceType: 'tool', categoryId: cat });
    expect(mismatch.json().fields.categoryId).toBe('所选类目不属于该服务类型');
    agent.lang = 'en-US';
    const unknown = await agent.post(API, { serviceType: 'operation', categoryId: 'cat_nope' });
    expect(unknown.json().fields.categoryId).toBe('No such category, or it was retired');
    const xhs = await categoryId(env, 'ERP', '企业ERP', 'xiaohongshu');
    const other = await agent.post(API, { serviceType: 'tool', categoryId: xhs });
    expect(other.json().fields.categoryId).toBe('No such category, or it was retired');
  });

  it('refuses an account that has not onboarded', async () => {
    const stranger = await signInAccount(env, '13566660006');
    const res = await stranger.get(API);
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('ONBOARDING.REQUIRED');
  });
});

describe('陪跑运营: submit, reject, resubmit, approve', () => {
  it('walks the whole review and locks the approved category', async () => {
    const { agent, providerId } = await approvedProvider(env, '13566660100', 'QL0100');
    const cat = await categoryId(env, '产业带运营', '陪跑运营');
    const created = await agent.post(API, { serviceType: 'operation', categoryId: cat });
    expect(created.statusCode).toBe(200);
    const id = created.json().id;
    const detail = (await agent.get(`${API}/${id}`)).json();
    expect(detail.requirements).toMatchObject({ proofKind: 'incubation', minCaseStudies: 1 });

    const materials = await incubationMaterials(agent);
    const sub = await agent.post(`${API}/${id}/submit`, { materials });
    expect(sub.statusCode).toBe(200);
    // Wednesday 2026-11-25: 1–3 working days = Thursday 26th to Monday 30th.
    expect(sub.json()).toEqual({
      state: 'submitted',
      expectedFrom: '2026-11-26',
      expectedBy: '2026-11-30',
    });
    expect((await agent.put(`${API}/${id}/draft`, { materials })).statusCode).toBe(409);

    const op = await signInOperator(env);
    const list = (await op.get('/api/ops/qualifications?state=submitted&q=QL0100')).json();
    expect(list.items).toHaveLength(1);
    expect(list.items[0]).toMatchObject({ id, categoryName: '陪跑运营', workingDaysLeft: 3 });
    const rej = await op.post(`/api/ops/qualifications/${id}/reject`, {
      reason: '缺少主播月 GMV 证明截图',
    });
    expect(rej.statusCode).toBe(200);
    expect(await lastSms(env.ctx, '13566660100')).toContain('缺少主播月 GMV 证明截图');
    expect((await op.post(`/api/ops/qualifications/${id}/approve`)).statusCode).toBe(409);

    const rejected = (await agent.get(API)).json().applications[0];
    expect(rejected).toMatchObject({ id, state: 'rejected', reason: '缺少主播月 GMV 证明截图' });
    const again = await agent.post(`${API}/${id}/submit`, {
      materials: await incubationMaterials(agent, 180_000),
    });
    expect(again.statusCode).toBe(200);
    expect((await op.post(`/api/ops/qualifications/${id}/approve`)).statusCode).toBe(200);
    // The approved category now requires its deposit (产业带运营-陪跑运营: 20,000 yuan).
    const deposit = (await agent.get('/api/provider/deposit')).json();
    expect(deposit).toMatchObject({ required: 2_000_000, due: 2_000_000 });
    expect(deposit.requirements).toEqual([
      expect.objectContaining({ sourceType: 'category', sourceId: cat, amountFen: 2_000_000 }),
    ]);
    expect(await lastSms(env.ctx, '13566660100')).toContain('已审核通过');

    const history = (await op.get(`/api/ops/qualifications/${id}`)).json();
    expect(history.versions.map((v: { decision: string }) => v.decision)).toEqual([
      'rejected',
      'approved',
    ]);
    expect(history.company).toEqual({
      registeredCapitalWan: 300,
      establishedOn: '2019-03-15',
      staffSize: 30,
    });
    expect(await approvedCategories(env.ctx, providerId)).toEqual([
      { categoryId: cat, name: '陪跑运营', type: 'operation', depositFen: 2_000_000 },
    ]);
    expect(await isCategoryApproved(env.ctx, providerId, cat)).toBe(true);

    const second = await agent.post(API, { serviceType: 'operation', categoryId: cat });
    expect(second.statusCode).toBe(409);
    expect(second.json().code).toBe('QUALIFICATIONS.CATEGORY_LOCKED');
    const withdraw = await agent.post(`${API}/${id}/withdraw`);
    expect(withdraw.json().code).toBe('QUALIFICATIONS.CATEGORY_LOCKED');
    const audit = (await op.get(`/api/ops/audit?targetId=${id}`)).json();
    expect(audit.items.map((a: { action: string }) => a.action).sort()).toEqual([
      'qualification.approve',
      'qualification.create',
      'qualification.reject',
      'qualification.submit',
      'qualification.submit',
    ]);
  });
});

describe('submission checks', () => {
  it('names every missing material, in both languages, and writes nothing', async () => {
    const { agent } = await approvedProvider(env, '13566660200', 'QL0200');
    const cat = await categoryId(env, '产业带运营', '陪跑运营');
    const id = (await agent.post(API, { serviceType: 'operation', categoryId: cat })).json().id;
    const good = await incubationMaterials(agent, 90_000);
    await agent.put(`${API}/${id}/draft`, { materials: { companyProfile: { team: '草稿' } } });
    const versions = await count(env, 'qualification_versions');
    const res = await agent.post(`${API}/${id}/submit`, {
      materials: { ...good, incubationProofs: good.incubationProofs, deckFileId: null },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().fields).toEqual({
      incubationProofs: '至少 1 个主播的月 GMV 须超过 100,000 元',
      deckFileId: '请上传企业介绍资料（PDF 或 PPT）',
    });
    agent.lang = 'en-US';
    const few = await agent.post(`${API}/${id}/submit`, {
      materials: { ...good, incubationProofs: good.incubationProofs.slice(0, 2) },
    });
    expect(few.json().fields.incubationProofs).toBe(
      'Give at least 3 merchant or anchor incubation proofs',
    );
    const blank = await agent.post(`${API}/${id}/submit`, {
      materials: {
        ...good,
        incubationProofs: [{ ...good.incubationProofs[1], screenshotFileId: null, name: ' ' }],
      },
    });
    expect(blank.json().fields).toMatchObject({
      'incubationProofs.0.name': 'Required',
      'incubationProofs.0.screenshotFileId': 'Upload a full screenshot of the merchant back office',
    });
    expect(await count(env, 'qualification_versions')).toBe(versions);
    const after = (await agent.get(`${API}/${id}`)).json();
    expect(after.state).toBe('draft');
    expect(after.draft).toEqual({ companyProfile: { team: '草稿' } });
  });

  it('refuses files that are not this provider’s, or of the wrong kind', async () => {
    const a = await approvedProvider(env, '13566660201', 'QL0201');
    const b = await approvedProvider(env, '13566660202', 'QL0202');
    const cat = await categoryId(env, '产业带运营', '陪跑运营');
    const id = (await b.agent.post(API, { serviceType: 'operation', categoryId: cat })).json().id;
    const aMaterials = await incubationMaterials(a.agent);
    const own = await incubationMaterials(b.agent);
    const res = await b.agent.post(`${API}/${id}/submit`, {
      materials: { ...own, deckFileId: aMaterials.deckFileId },
    });
    expect(res.json().fields).toEqual({ deckFileId: '文件不存在或类型不符，请重新上传' });
    const wrongKind = await b.agent.post(`${API}/${id}/submit`, {
      materials: { ...own, deckFileId: own.incubationProofs[0].screenshotFileId },
    });
    expect(wrongKind.json().fields.deckFileId).toBe('文件不存在或类型不符，请重新上传');
  });

  it('refuses a screenshot that is not an image and stores nothing', async () => {
    const { agent } = await approvedProvider(env, '13566660203', 'QL0203');
    const files = storedFiles(env);
    const rows = await count(env, 'files');
    const res = await upload(agent, `${API}/files/screenshot`, 'shot.png', Buffer.from('%PDF-1.4'));
    expect(res.statusCode).toBe(415);
    expect(res.json().fields.file).toContain('JPG, PNG');
    expect(storedFiles(env)).toBe(files);
    expect(await count(env, 'files')).toBe(rows);
  });
});

describe('an ordinary category', () => {
  it('asks for the MRD/PRD and the 5×8 confirmation, and records only what it asks', async () => {
    const { agent } = await approvedProvider(env, '13566660700', 'QL0700');
    const cat = await categoryId(env, '店铺服务', '入驻陪跑');
    const id = (await agent.post(API, { serviceType: 'operation', categoryId: cat })).json().id;
    const missing = await agent.post(`${API}/${id}/submit`, { materials: {} });
    expect(missing.json().fields).toEqual({
      mrdPrdFileId: '请上传 MRD/PRD 文档',
      customerService5x8Confirmed: '请确认可提供 5×8 小时客服',
    });
    const doc = await uploadMaterial(agent, 'document');
    const ok = await agent.post(`${API}/${id}/submit`, {
      materials: {
        mrdPrdFileId: doc,
        customerService5x8Confirmed: true,
        companyProfile: { team: '不需要的内容' },
      },
    });
    expect(ok.statusCode).toBe(200);
    const detail = (await agent.get(`${API}/${id}`)).json();
    expect(detail.versions[0].materials).toEqual({
      mrdPrdFileId: doc,
      customerService5x8Confirmed: true,
    });
    expect(detail.files[doc].mime).toBe('application/pdf');
  });
});

describe('isolation', () => {
  it('a provider cannot see or change another provider’s application (404)', async () => {
    const a = await approvedProvider(env, '13566660300', 'QL0300');
    const b = await approvedProvider(env, '13566660301', 'QL0301');
    const cat = await categoryId(env, '产业带运营', '线索地推');
    const id = (await a.agent.post(API, { serviceType: 'operation', categoryId: cat })).json().id;
    await a.agent.put(`${API}/${id}/draft`, {
      materials: { companyProfile: { team: '机密团队' } },
    });
    for (const res of [
      await b.agent.get(`${API}/${id}`),
      await b.agent.put(`${API}/${id}/draft`, { materials: {} }),
      await b.agent.post(`${API}/${id}/submit`, { materials: {} }),
      await b.agent.post(`${API}/${id}/withdraw`),
    ]) {
      expect(res.statusCode).toBe(404);
      expect(res.body).not.toContain('机密团队');
    }
    expect((await b.agent.get(API)).json().applications).toEqual([]);
    expect((await b.agent.get(`/api/ops/qualifications/${id}`)).statusCode).toBe(403);
    expect((await a.agent.get(`${API}/${id}`)).json().draft.companyProfile.team).toBe('机密团队');
  });
});

describe('category edits', () => {
  it('an operator edit does not change an application already submitted', async () => {
    const { agent } = await approvedProvider(env, '13566660400', 'QL0400');
    const cat = await categoryId(env, '产业带运营', '陪跑运营');
    const id = (await agent.post(API, { serviceType: 'operation', categoryId: cat })).json().id;
    await agent.post(`${API}/${id}/submit`, { materials: await incubationMaterials(agent) });
    const op = await signInOperator(env);
    const edit = await op.put(`/api/ops/categories/${cat}`, {
      minCaseStudies: 3,
      depositFen: 3_000_000,
      requiresMrdPrd: true,
    });
    expect(edit.statusCode).toBe(200);
    expect(edit.json()).toMatchObject({ minCaseStudies: 3, requiresMrdPrd: true });

    const mine = (await agent.get(`${API}/${id}`)).json();
    expect(mine.requirements).toMatchObject({
      minCaseStudies: 1,
      requiresMrdPrd: false,
      depositFen: 2_000_000,
    });
    expect(mine.versions[0].requirements.minCaseStudies).toBe(1);
    const ops = (await op.get(`/api/ops/qualifications/${id}`)).json();
    expect(ops.versions[0].requirements).toMatchObject({
      minCaseStudies: 1,
      requiresMrdPrd: false,
    });
    const [{ requirements }] = await env.ctx.database.rows<{
      requirements: { minCaseStudies: number };
    }>(sql`select requirements from qualification_versions where application_id = ${id}`);
    expect(requirements.minCaseStudies).toBe(1);
    // A new applicant is asked for what the category requires now.
    const other = await approvedProvider(env, '13566660401', 'QL0401');
    const option = (await other.agent.get(`${API}/options`))
      .json()
      .categories.find((c: { id: string }) => c.id === cat);
    expect(option).toMatchObject({
      minCaseStudies: 3,
      requiresMrdPrd: true,
      depositFen: 3_000_000,
    });
  });
});

describe('xiaohongshu preset (qualification = the app’s category)', () => {
  it('refuses per-category applications with a clear message', async () => {
    const x = await createTestEnv({ policy: 'xiaohongshu' });
    try {
      const { agent } = await approvedProvider(x, '13566660500', 'QL0500');
      const mine = (await agent.get(API)).json();
      expect(mine).toMatchObject({ mode: 'app_category', applications: [] });
      const options = (await agent.get(`${API}/options`)).json();
      expect(options).toMatchObject({
        mode: 'app_category',
        serviceTypes: ['tool'],
        categories: [],
      });
      const cat = await categoryId(x, 'ERP', '企业ERP', 'xiaohongshu');
      const res = await agent.post(API, { serviceType: 'tool', categoryId: cat });
      expect(res.statusCode).toBe(422);
      expect(res.json().code).toBe('QUALIFICATIONS.APP_CATEGORY_MODE');
      expect(res.json().message).toContain('以应用所属类目作为服务资质');
      agent.lang = 'en-US';
      const en = await agent.post(API, { serviceType: 'tool', categoryId: cat });
      expect(en.json().message).toContain('the app’s category is the qualification');
      expect((await agent.get('/api/provider/certification')).json().required).toBe(false);
      expect(await count(x, 'qualification_applications')).toBe(0);
    } finally {
      await x.close();
    }
  });
});

describe('concurrency', () => {
  it('two simultaneous applications for one category: one draft; two decisions: one wins', async () => {
    const { agent } = await approvedProvider(env, '13566660600', 'QL0600');
    const cat = await categoryId(env, '产业带运营', '线索地推');
    const body = { serviceType: 'operation', categoryId: cat };
    const results = await Promise.all([agent.post(API, body), agent.post(API, body)]);
    expect(results.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    const [{ n }] = await env.ctx.database.rows<{ n: number }>(
      sql`select count(*)::int as n from qualification_applications where category_id = ${cat}
          and account_id = (select id from accounts where mobile = '13566660600')`,
    );
    expect(n).toBe(1);
    const id = results.find((r) => r.statusCode === 200)!.json().id;
    const { companyProfile } = await incubationMaterials(agent);
    const sub = await agent.post(`${API}/${id}/submit`, {
      materials: {
        outreachProofFileIds: [await uploadMaterial(agent, 'document')],
        companyProfile,
        deckFileId: await uploadMaterial(agent, 'deck'),
      },
    });
    expect(sub.statusCode).toBe(200);
    const op = await signInOperator(env);
    const decisions = await Promise.all([
      op.post(`/api/ops/qualifications/${id}/approve`),
      op.post(`/api/ops/qualifications/${id}/reject`, { reason: '同时驳回' }),
    ]);
    expect(decisions.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    const [v] = await env.ctx.database.rows<{ decision: string }>(
      sql`select decision from qualification_versions where application_id = ${id}`,
    );
    expect((await agent.get(`${API}/${id}`)).json().state).toBe(v.decision);
  });
});
