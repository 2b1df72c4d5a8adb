import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeIdNumber } from '../src/contracts/validators';
import { DEMO_PNG } from '../src/server/flows/demo-assets';
import { codeIn, createTestEnv, lastSms, signInOperator, type TestEnv } from './helpers';
import { approvedProvider, count, upload } from './qualification-helpers';
import { buildPdf } from './doc-builders';

let env: TestEnv;
beforeAll(async () => {
  env = await createTestEnv();
});
afterAll(() => env.close());

const API = '/api/provider/certification';
// The legal representative every approvedProvider registered (test/onboarding-helpers.ts).
const LEGAL = { name: '陈晓明', idNumber: makeIdNumber('11010519900307123') };
const AGENT_ID = makeIdNumber('44030419920814002');

async function agentFiles(agent: Awaited<ReturnType<typeof approvedProvider>>['agent']) {
  const up = async (kind: string, name: string, bytes: Buffer) => {
    const res = await upload(agent, `${API}/files/${kind}`, name, bytes);
    if (res.statusCode !== 200) throw new Error(res.body);
    return res.json().id as string;
  };
  return {
    idFrontFileId: await up('id-image', 'front.png', DEMO_PNG),
    idBackFileId: await up('id-image', 'back.png', DEMO_PNG),
    attorneyFileId: await up('attorney', 'poa.pdf', buildPdf()),
  };
}

describe('legal-person certification (法人认证)', () => {
  it('only the registered legal representative gets a code', async () => {
    const { agent } = await approvedProvider(env, '13577770001', 'CE0001');
    const res = await agent.post(`${API}/legal/code`, {
      name: '王小二',
      idNumber: LEGAL.idNumber,
      mobile: '13977770001',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().fields).toEqual({ name: '与入驻登记的法定代表人信息不一致' });
    expect(await lastSms(env.ctx, '13977770001')).toBe('');
    agent.lang = 'en-US';
    const bad = await agent.post(`${API}/legal/code`, {
      ...LEGAL,
      idNumber: LEGAL.idNumber.slice(0, 17) + (LEGAL.idNumber[17] === '1' ? '2' : '1'),
      mobile: '13977770001',
    });
    expect(bad.json().fields.idNumber).toMatch(/check character is wrong/);
  });

  it('confirms by SMS code: wrong codes count, five burn it; the right one submits', async () => {
    const { agent } = await approvedProvider(env, '13577770002', 'CE0002');
    const body = { ...LEGAL, mobile: '13977770002' };
    expect((await agent.post(`${API}/legal/code`, body)).statusCode).toBe(200);
    const sms = await lastSms(env.ctx, '13977770002');
    expect(sms).toContain('法人真实性认证');
    const code = codeIn(sms);
    const again = await agent.post(`${API}/legal/code`, body);
    expect(again.statusCode).toBe(429);
    const wrong = code === '000000' ? '111111' : '000000';
    for (let i = 1; i <= 5; i++) {
      const res = await agent.post(`${API}/legal`, { ...body, code: wrong });
      expect(res.json().code).toBe(i < 5 ? 'AUTH.SMS_CODE_INVALID' : 'AUTH.SMS_CODE_BURNED');
    }
    const burned = await agent.post(`${API}/legal`, { ...body, code });
    expect(burned.json().code).toBe('AUTH.SMS_CODE_EXPIRED');
    expect(await count(env, 'certifications')).toBe(0);

    env.clock.advance(61_000);
    await agent.post(`${API}/legal/code`, body);
    const fresh = codeIn(await lastSms(env.ctx, '13977770002'));
    const otherId = await agent.post(`${API}/legal`, {
      ...body,
      mobile: '13977770099',
      code: fresh,
    });
    expect(otherId.json().code).toBe('AUTH.SMS_CODE_EXPIRED');
    const ok = await agent.post(`${API}/legal`, { ...body, code: fresh });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toEqual({ state: 'submitted', expectedBy: '2026-11-30' });
    const reused = await agent.post(`${API}/legal`, { ...body, code: fresh });
    expect(reused.json().code).toBe('CERTIFICATION.IN_REVIEW');

    const mine = (await agent.get(API)).json();
    expect(mine).toMatchObject({ state: 'submitted', method: 'legal_person', required: true });
    expect(mine.versions[0].idNumber).toMatch(/^\d{3}\*+\d{3}[\dX]$/);
    expect(mine.versions[0].mobile).toBe('139****0002');
  });

  it('expires a code after 5 minutes', async () => {
    const { agent } = await approvedProvider(env, '13577770003', 'CE0003');
    const body = { ...LEGAL, mobile: '13977770003' };
    await agent.post(`${API}/legal/code`, body);
    const code = codeIn(await lastSms(env.ctx, '13977770003'));
    env.clock.advance(5 * 60_000 + 1);
    const res = await agent.post(`${API}/legal`, { ...body, code });
    expect(res.json().code).toBe('AUTH.SMS_CODE_EXPIRED');
  });
});

describe('agent certification (代理人认证) and review', () => {
  it('names bad fields in both languages and writes nothing', async () => {
    const a = await approvedProvider(env, '13577770010', 'CE0010');
    const b = await approvedProvider(env, '13577770011', 'CE0011');
    const aFiles = await agentFiles(a.agent);
    const own = await agentFiles(b.agent);
    const before = await count(env, 'certification_versions');
    const res = await b.agent.post(`${API}/agent`, {
      agentName: '李',
      agentIdNumber: AGENT_ID.slice(0, 17) + (AGENT_ID[17] === '1' ? '2' : '1'),
      ...own,
      attorneyFileId: aFiles.attorneyFileId,
      idBackFileId: own.idFrontFileId.replace(/.$/, '0'),
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().fields).toEqual({ agentName: '姓名为 2–50 个字符' });
    const res2 = await b.agent.post(`${API}/agent`, {
      agentName: '李代理',
      agentIdNumber: AGENT_ID.slice(0, 17) + (AGENT_ID[17] === '1' ? '2' : '1'),
      ...own,
      attorneyFileId: aFiles.attorneyFileId,
    });
    expect(res2.json().fields).toEqual({
      agentIdNumber: '身份证号校验位不正确，请核对',
      attorneyFileId: '文件不存在或类型不符，请重新上传',
    });
    b.agent.lang = 'en-US';
    const res3 = await b.agent.post(`${API}/agent`, {
      agentName: '李代理',
      agentIdNumber: AGENT_ID,
      ...own,
      idBackFileId: own.attorneyFileId,
    });
    expect(res3.json().fields).toEqual({
      idBackFileId: 'The file was not found or is of the wrong kind; upload it again',
    });
    expect(await count(env, 'certification_versions')).toBe(before);
  });

  it('agent → rejected → legal person → approved; the result is recorded with the method', async () => {
    const { agent } = await approvedProvider(env, '13577770020', 'CE0020');
    const files = await agentFiles(agent);
    const sub = await agent.post(`${API}/agent`, {
      agentName: '李代理',
      agentIdNumber: AGENT_ID,
      ...files,
    });
    expect(sub.statusCode).toBe(200);
    const op = await signInOperator(env);
    const list = (await op.get('/api/ops/certifications?state=submitted&q=CE0020')).json();
    expect(list.items).toHaveLength(1);
    const item = list.items[0];
    expect(item).toMatchObject({ method: 'agent', personNameMasked: '李**', workingDaysLeft: 3 });
    expect(item.idNumberMasked).not.toContain(AGENT_ID.slice(3, 14));
    const detail = (await op.get(`/api/ops/certifications/${item.id}`)).json();
    expect(detail.versions[0]).toMatchObject({ idNumber: AGENT_ID, personName: '李代理' });
    expect(detail.versions[0].files.attorney.mime).toBe('application/pdf');
    expect(
      (await op.post(`/api/ops/certifications/${item.id}/reject`, { reason: '' })).statusCode,
    ).toBe(400);
    await op.post(`/api/ops/certifications/${item.id}/reject`, { reason: '授权书未盖公章' });
    expect(await lastSms(env.ctx, '13577770020')).toContain('授权书未盖公章');

    const body = { ...LEGAL, mobile: '13977770020' };
    await agent.post(`${API}/legal/code`, body);
    const code = codeIn(await lastSms(env.ctx, '13977770020'));
    expect((await agent.post(`${API}/legal`, { ...body, code })).statusCode).toBe(200);
    expect((await op.post(`/api/ops/certifications/${item.id}/approve`)).statusCode).toBe(200);
    expect(await lastSms(env.ctx, '13577770020')).toContain('法人认证）已审核通过');

    const history = (await op.get(`/api/ops/certifications/${item.id}`)).json();
    expect(
      history.versions.map((v: { method: string; decision: string }) => [v.method, v.decision]),
    ).toEqual([
      ['agent', 'rejected'],
      ['legal_person', 'approved'],
    ]);
    const mine = (await agent.get('/api/provider/qualifications')).json();
    expect(mine.certification).toMatchObject({ state: 'approved', method: 'legal_person' });
    expect(
      (
        await agent.post(`${API}/agent`, { agentName: '李代理', agentIdNumber: AGENT_ID, ...files })
      ).json().code,
    ).toBe('CERTIFICATION.ALREADY_APPROVED');
    const audit = (await op.get(`/api/ops/audit?targetId=${item.id}`)).json();
    expect(audit.items.map((a: { action: string }) => a.action).sort()).toEqual([
      'certification.approve',
      'certification.reject',
      'certification.submit',
      'certification.submit',
    ]);
  });

  it('a provider cannot reach the operator queue, or another provider’s files', async () => {
    const a = await approvedProvider(env, '13577770030', 'CE0030');
    const b = await approvedProvider(env, '13577770031', 'CE0031');
    const files = await agentFiles(a.agent);
    expect((await b.agent.get('/api/ops/certifications')).statusCode).toBe(403);
    expect((await b.agent.get(`/api/files/${files.attorneyFileId}`)).statusCode).toBe(404);
  });
});

describe('enterprise information (企业信息)', () => {
  it('shows the company and the legal representative with the ID number masked', async () => {
    const { agent } = await approvedProvider(env, '13577770040', 'CE0040');
    const res = await agent.get('/api/provider/enterprise');
    expect(res.statusCode).toBe(200);
    const e = res.json();
    expect(e).toMatchObject({
      companyName: '测试样例科技有限公司CE0040',
      legalRepName: '陈晓明',
      registeredCapitalWan: 300,
      contactMobileMasked: '137****0001',
      certification: { state: 'none' },
    });
    expect(e.legalRepIdMasked).toBe(
      `${LEGAL.idNumber.slice(0, 3)}***********${LEGAL.idNumber.slice(-4)}`,
    );
    expect(res.body).not.toContain(LEGAL.idNumber);
  });
});
