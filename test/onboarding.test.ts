import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from '../src/server/platform/db';
import { makeCreditCode, makeIdNumber } from '../src/contracts/validators';
import { DEMO_PNG } from '../src/server/flows/demo-assets';
import { AGREEMENTS } from '../src/server/modules/onboarding';
import { createTestEnv, lastSms, signInAccount, signInOperator, type TestEnv } from './helpers';
import { providerWithDraft, uploadLicence } from './onboarding-helpers';

let env: TestEnv;
beforeAll(async () => {
  env = await createTestEnv();
});
afterAll(() => env.close());

const count = async (table: string) =>
  (
    await env.ctx.database.rows<{ n: number }>(sql.raw(`select count(*)::int as n from ${table}`))
  )[0].n;
const storedFiles = () => {
  const dir = path.join(env.ctx.config.dataDir, 'files');
  const walk = (d: string): string[] =>
    fs.existsSync(d)
      ? fs
          .readdirSync(d, { withFileTypes: true })
          .flatMap((e) => (e.isDirectory() ? walk(path.join(d, e.name)) : [e.name]))
      : [];
  return walk(dir).length;
};

/** The same code with a different, therefore wrong, check character. */
const wrongCheck = (code: string) => code.slice(0, 17) + (code[17] === '1' ? '2' : '1');

describe('eligibility', () => {
  it('refuses a sole proprietor and a foreign legal person at once, with the reason', async () => {
    const agent = await signInAccount(env, '13522220001');
    await agent.post('/api/provider/onboarding/agreements', {
      accept: AGREEMENTS.map((a) => ({ code: a.code, version: a.version })),
    });
    const sole = await agent.post('/api/provider/onboarding/eligibility', {
      entityType: 'sole_proprietor',
    });
    expect(sole.statusCode).toBe(422);
    expect(sole.json().message).toContain('个体工商户');
    const foreign = await agent.post('/api/provider/onboarding/eligibility', {
      entityType: 'foreign',
    });
    expect(foreign.json().code).toBe('ONBOARDING.INELIGIBLE_FOREIGN');
    const draft = await agent.put('/api/provider/onboarding/draft', { companyName: 'x' });
    expect(draft.json().code).toBe('ONBOARDING.ELIGIBILITY_REQUIRED');
  });

  it('refuses media/government accounts and accounts with an open violation', async () => {
    const agent = await signInAccount(env, '13522220002');
    await env.ctx.database.rows(
      sql`update accounts set open_violation = true where mobile = '13522220002'`,
    );
    const mine = (await agent.get('/api/provider/onboarding')).json();
    expect(mine.eligibility.refusal).toBe('ONBOARDING.INELIGIBLE_VIOLATION');
    await agent.post('/api/provider/onboarding/agreements', {
      accept: AGREEMENTS.map((a) => ({ code: a.code, version: a.version })),
    });
    const res = await agent.post('/api/provider/onboarding/eligibility', {
      entityType: 'enterprise',
    });
    expect(res.json().code).toBe('ONBOARDING.INELIGIBLE_VIOLATION');
  });

  it('requires every agreement version, and records which one was accepted', async () => {
    const agent = await signInAccount(env, '13522220003');
    const partial = await agent.post('/api/provider/onboarding/agreements', {
      accept: [{ code: AGREEMENTS[0].code, version: 'old' }],
    });
    expect(partial.json().code).toBe('ONBOARDING.AGREEMENTS_REQUIRED');
    const ok = await agent.post('/api/provider/onboarding/agreements', {
      accept: AGREEMENTS.map((a) => ({ code: a.code, version: a.version })),
    });
    expect(ok.json().agreements.every((a: { acceptedAt: string | null }) => a.acceptedAt)).toBe(
      true,
    );
  });
});

describe('submission checks', () => {
  const submitWith = async (mobile: string, seq: string, patch: Record<string, unknown>) => {
    const { agent } = await providerWithDraft(env, mobile, seq);
    await agent.put('/api/provider/onboarding/draft', patch);
    return agent.post('/api/provider/onboarding/submit');
  };
  const cases: Array<[string, Record<string, unknown>, string, RegExp]> = [
    [
      'wrong credit-code check character',
      { creditCode: wrongCheck(makeCreditCode('91330100MA2BCD001')) },
      'creditCode',
      /校验位/,
    ],
    ['lower-case credit code', { creditCode: '91330100ma2bcd001x' }, 'creditCode', /大写字母/],
    [
      'forbidden letter O in the credit code',
      { creditCode: '91330100MA2OCD0010' },
      'creditCode',
      /不含 I、O、Z、S、V/,
    ],
    [
      'wrong ID check character',
      { legalRepIdNumber: wrongCheck(makeIdNumber('11010519900307123')) },
      'legalRepIdNumber',
      /校验位/,
    ],
    [
      '30 February in the ID number',
      { legalRepIdNumber: makeIdNumber('11010519900230123') },
      'legalRepIdNumber',
      /出生日期不存在/,
    ],
    [
      'a birth date in the future',
      { legalRepIdNumber: makeIdNumber('11010520271201123') },
      'legalRepIdNumber',
      /晚于今天/,
    ],
    [
      '30 February as the founding date',
      { establishedOn: '2019-02-30' },
      'establishedOn',
      /日期不存在/,
    ],
    [
      'a founding date in the future',
      { establishedOn: '2027-01-01' },
      'establishedOn',
      /不能晚于今天/,
    ],
  ];
  cases.forEach(([name, patch, field, message], i) => {
    it(`refuses ${name}, names the field, and writes no version`, async () => {
      const versionsBefore = await count('onboarding_versions');
      const res = await submitWith(
        `135222201${String(i).padStart(2, '0')}`,
        `CC${String(i).padStart(4, '0')}`,
        patch,
      );
      expect(res.statusCode).toBe(400);
      expect(res.json().fields[field]).toMatch(message);
      expect(await count('onboarding_versions')).toBe(versionsBefore);
    });
  });

  it('answers field errors in English when asked', async () => {
    const { agent } = await providerWithDraft(env, '13522220200', 'EN0001');
    agent.lang = 'en-US';
    await agent.put('/api/provider/onboarding/draft', {
      creditCode: wrongCheck(makeCreditCode('91330100MA2BCD001')),
    });
    const res = await agent.post('/api/provider/onboarding/submit');
    expect(res.json().fields.creditCode).toMatch(/check character is wrong/);
  });

  it('lists every missing field at once', async () => {
    const agent = await signInAccount(env, '13522220201');
    await agent.post('/api/provider/onboarding/agreements', {
      accept: AGREEMENTS.map((a) => ({ code: a.code, version: a.version })),
    });
    await agent.post('/api/provider/onboarding/eligibility', { entityType: 'enterprise' });
    const res = await agent.post('/api/provider/onboarding/submit');
    expect(res.statusCode).toBe(400);
    expect(Object.keys(res.json().fields)).toEqual(
      expect.arrayContaining(['companyName', 'creditCode', 'legalRepIdNumber', 'licenceFileId']),
    );
  });
});

describe('uploads', () => {
  it('refuses HTML bytes named .png and leaves no file behind', async () => {
    const { agent } = await providerWithDraft(env, '13522220300', 'UP0001');
    const files = storedFiles();
    const rows = await count('files');
    const res = await uploadLicence(
      agent,
      'licence.png',
      Buffer.from('<html><script>alert(1)</script></html>'),
      'image/png',
    );
    expect(res.statusCode).toBe(415);
    expect(res.json().fields.file).toMatch(/JPG, PNG/);
    expect(storedFiles()).toBe(files);
    expect(await count('files')).toBe(rows);
  });

  it('refuses an oversized upload with the limit named', async () => {
    const { agent } = await providerWithDraft(env, '13522220301', 'UP0002');
    const files = storedFiles();
    const big = Buffer.concat([DEMO_PNG, Buffer.alloc(env.ctx.config.maxUploadBytes + 10)]);
    const res = await uploadLicence(agent, 'big.png', big);
    expect(res.statusCode).toBe(413);
    expect(res.json().fields.file).toMatch(/5 MB/);
    expect(storedFiles()).toBe(files);
  });

  it('stores a real PNG under a server-made name, readable by its owner only', async () => {
    const { agent, licenceId } = await providerWithDraft(env, '13522220302', 'UP0003');
    const own = await agent.get(`/api/files/${licenceId}`);
    expect(own.statusCode).toBe(200);
    expect(own.headers['content-type']).toBe('image/png');
    const other = await signInAccount(env, '13522220303');
    expect((await other.get(`/api/files/${licenceId}`)).statusCode).toBe(404);
    const names = fs.readdirSync(path.join(env.ctx.config.dataDir, 'files', 'uploads', '2026'));
    expect(names).toContain(licenceId);
    expect(names.some((n) => n.includes('licence'))).toBe(false);
  });

  it('refuses a licence id that belongs to someone else', async () => {
    const a = await providerWithDraft(env, '13522220304', 'UP0004');
    const b = await providerWithDraft(env, '13522220305', 'UP0005');
    const res = await b.agent.put('/api/provider/onboarding/draft', { licenceFileId: a.licenceId });
    expect(res.statusCode).toBe(400);
    expect(res.json().fields.licenceFileId).toBeTruthy();
  });
});

describe('review', () => {
  it('submit → reject with a field reason → fix → resubmit → approve, with SMS and every version kept', async () => {
    const { agent } = await providerWithDraft(env, '13522220400', 'RW0001');
    const sub = await agent.post('/api/provider/onboarding/submit');
    expect(sub.statusCode).toBe(200);
    expect(sub.json()).toMatchObject({ state: 'submitted' });
    // 2026-11-25 is a Wednesday: 5 working days later is Wednesday 2 December.
    expect(sub.json().expectedBy).toBe('2026-12-02');
    expect(
      (await agent.put('/api/provider/onboarding/draft', { address: '改不了的地址改不了' }))
        .statusCode,
    ).toBe(409);

    const op = await signInOperator(env);
    const list = (await op.get('/api/ops/onboarding?state=submitted&q=RW0001')).json();
    expect(list.items).toHaveLength(1);
    const item = list.items[0];
    expect(item.legalRepIdMasked).toMatch(/^\d{3}\*+\d{3}[\dX]$/);
    expect(item.contactMobileMasked).toBe('137****0001');
    expect(item.workingDaysLeft).toBe(5);
    const rej = await op.post(`/api/ops/onboarding/${item.id}/reject`, {
      reason: '',
      fieldReasons: { creditCode: '与营业执照不一致' },
    });
    expect(rej.statusCode).toBe(200);
    expect(await lastSms(env.ctx, '13522220400')).toContain('与营业执照不一致');
    expect(
      (await op.post(`/api/ops/onboarding/${item.id}/reject`, { reason: 'again' })).statusCode,
    ).toBe(409);

    const mine = (await agent.get('/api/provider/onboarding')).json();
    expect(mine.application.state).toBe('rejected');
    expect(mine.application.latest.fieldReasons).toEqual({ creditCode: '与营业执照不一致' });
    await agent.put('/api/provider/onboarding/draft', {
      creditCode: makeCreditCode('91330100MA2RW0009'),
    });
    expect((await agent.post('/api/provider/onboarding/submit')).statusCode).toBe(200);

    const detail = (await op.get(`/api/ops/onboarding/${item.id}`)).json();
    expect(
      detail.versions.map((v: { version: number; decision: string | null }) => [
        v.version,
        v.decision,
      ]),
    ).toEqual([
      [1, 'rejected'],
      [2, null],
    ]);
    expect(detail.provider).toBeNull(); // no provider before the approval
    expect((await op.post(`/api/ops/onboarding/${item.id}/approve`)).statusCode).toBe(200);
    expect(await lastSms(env.ctx, '13522220400')).toContain('审核通过');
    // Approved, the page names the provider it created (its penalties are reached from there).
    const approved = (await op.get(`/api/ops/onboarding/${item.id}`)).json();
    const standing = await op.get(`/api/ops/providers/${approved.provider.id}/penalties`);
    expect(standing.statusCode).toBe(200);
    expect(approved.provider.companyName).toBe(detail.versions[1].data.companyName);
    expect((await agent.get('/api/provider/onboarding')).json().application.state).toBe('approved');
    const audit = (await op.get(`/api/ops/audit?targetId=${item.id}`)).json();
    expect(audit.items.map((a: { action: string }) => a.action).sort()).toEqual([
      'onboarding.approve',
      'onboarding.reject',
      'onboarding.submit',
      'onboarding.submit',
    ]);
  });

  it('a provider cannot read another provider’s application (404)', async () => {
    const a = await providerWithDraft(env, '13522220500', 'RW0005');
    const b = await providerWithDraft(env, '13522220501', 'RW0006');
    const aId = (await a.agent.get('/api/provider/onboarding')).json().application.id;
    expect((await a.agent.get(`/api/provider/onboarding/applications/${aId}`)).statusCode).toBe(
      200,
    );
    const res = await b.agent.get(`/api/provider/onboarding/applications/${aId}`);
    expect(res.statusCode).toBe(404);
    expect(res.body).not.toContain('测试样例');
    expect((await b.agent.get(`/api/ops/onboarding/${aId}`)).statusCode).toBe(403);
  });

  it('versions are immutable in the database', async () => {
    await expect(
      env.ctx.database.rows(sql`update onboarding_versions set data = '{}'::jsonb`),
    ).rejects.toThrow();
    await expect(env.ctx.database.rows(sql`delete from audit_logs`)).rejects.toThrow();
  });
});

describe('xiaohongshu preset', () => {
  it('creates the enterprise developer at once, without a review', async () => {
    const x = await createTestEnv({ policy: 'xiaohongshu' });
    try {
      const { agent } = await providerWithDraft(x, '13522220600', 'XH0001');
      const mine = (await agent.get('/api/provider/onboarding')).json();
      expect(mine.reviewRequired).toBe(false);
      const sub = await agent.post('/api/provider/onboarding/submit');
      expect(sub.json()).toEqual({ state: 'approved', expectedBy: null });
      const rows = await x.ctx.database.rows<{ enterprise_developer: boolean }>(
        sql`select p.enterprise_developer from providers p join accounts a on a.id = p.account_id where a.mobile = '13522220600'`,
      );
      expect(rows).toEqual([{ enterprise_developer: true }]);
    } finally {
      await x.close();
    }
  });
});
