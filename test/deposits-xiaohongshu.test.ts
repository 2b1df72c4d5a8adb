import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from '../src/server/platform/db';
import { newId } from '../src/server/platform/ids';
import { requireDeposit } from '../src/server/modules/deposits';
import { hashPassword, insertOperator, totpNow } from '../src/server/modules/accounts';
import { Agent, createTestEnv, signInAccount, signInOperator, type TestEnv } from './helpers';
import { quickProvider } from './deposit-helpers';

let env: TestEnv;
beforeAll(async () => {
  env = await createTestEnv({ policy: 'xiaohongshu' });
});
afterAll(() => env.close());

const csv = (rows: string[][]) =>
  ['交易流水号,交易日期,金额,付款人名称,付款账号,附言', ...rows.map((r) => r.join(','))].join('\n');

async function serviceRequirements(providerId: string) {
  for (const [id, label] of [
    ['svc_a', '打单工具 · 服务 A'],
    ['svc_b', '商品优化 · 服务 B'],
  ]) {
    await env.ctx.db.transaction((tx) =>
      requireDeposit(
        env.ctx,
        tx,
        { kind: 'system' },
        { providerId, sourceType: 'service', sourceId: id, label, amountFen: 1_000_000 },
      ),
    );
  }
}

async function secondOperator() {
  await insertOperator(env.ctx.db, {
    id: newId('opr'),
    username: 'finance2',
    passwordHash: await hashPassword('Second-op-2026'),
    totpSecret: 'JBSWY3DPEHPK3PXP',
    roles: ['finance'],
    createdAt: env.clock.now(),
  });
  const agent = new Agent(env.app);
  await agent.session();
  const res = await agent.post('/api/auth/operator/login', {
    username: 'finance2',
    password: 'Second-op-2026',
    totp: totpNow('JBSWY3DPEHPK3PXP', env.clock.now()),
  });
  expect(res.statusCode).toBe(200);
  await agent.session();
  return agent;
}

describe('xiaohongshu: offline transfer, then pay each service’s deposit', () => {
  it('credits a matching transfer once, queues the rest, and pays one service but not a second', async () => {
    const { providerId } = await quickProvider(env, '13588881111');
    await serviceRequirements(providerId);
    const provider = await signInAccount(env, '13588881111');
    expect(
      (await provider.post('/api/provider/deposit/payments', { channel: 'alipay' })).json().code,
    ).toBe('DEPOSITS.ONLINE_PAYMENT_DISABLED');
    const remit = (await provider.get('/api/provider/deposit/remittance')).json();
    expect(remit.code).toMatch(/^FW[2-9A-Z]{8}$/);
    expect(remit.accountName).toBeTruthy();

    const op = await signInOperator(env);
    const statement = csv([
      [
        'B20261125001',
        '2026-11-25',
        '15000.00',
        '测试公司13588881111',
        '6222000011112222',
        `保证金 ${remit.code}`,
      ],
      [
        'B20261125002',
        '2026-11-25',
        '500.00',
        '别的公司',
        '6222000033334444',
        `保证金 ${remit.code}`,
      ],
      [
        'B20261125003',
        '2026-11-25',
        '800.00',
        '测试公司13588881111',
        '6222000011112222',
        '没有识别码',
      ],
    ]);
    const first = await op.post('/api/ops/deposits/statements', {
      fileName: 'cmb-20261125.csv',
      csv: statement,
    });
    expect(first.json()).toEqual({ rows: 3, credited: 1, unmatched: 2, duplicates: 0 });
    const again = await op.post('/api/ops/deposits/statements', {
      fileName: 'cmb-20261125.csv',
      csv: statement,
    });
    expect(again.json()).toEqual({ rows: 3, credited: 0, unmatched: 0, duplicates: 3 });

    const overview = (await provider.get('/api/provider/deposit')).json();
    expect(overview).toMatchObject({
      rule: 'sum',
      payment: 'offline',
      balance: 1_500_000,
      available: 1_500_000,
      held: 0,
      required: 2_000_000,
    });
    const [a, b] = overview.requirements;
    expect((await provider.post(`/api/provider/deposit/requirements/${a.id}/pay`)).statusCode).toBe(
      200,
    );
    const short = await provider.post(`/api/provider/deposit/requirements/${b.id}/pay`);
    expect(short.statusCode).toBe(409);
    expect(short.json().code).toBe('DEPOSITS.SHORTFALL');
    expect(short.json().message).toContain('还差 ¥5000.00');
    const after = (await provider.get('/api/provider/deposit')).json();
    expect(after).toMatchObject({ available: 500_000, held: 1_000_000, balance: 1_500_000 });
    expect(after.requirements.map((r: { heldFen: number }) => r.heldFen)).toEqual([1_000_000, 0]);
    expect(
      (await provider.post(`/api/provider/deposit/requirements/${a.id}/pay`)).json().code,
    ).toBe('DEPOSITS.ALREADY_PAID');

    const queue = (await op.get('/api/ops/deposits/bank-credits?state=unmatched')).json().items;
    expect(queue.map((c: { reason: string }) => c.reason).sort()).toEqual([
      'no_reference',
      'payer_mismatch',
    ]);
  });

  it('an operator matches one queued transfer; returning another needs a second operator', async () => {
    const { providerId } = await quickProvider(env, '13588882222');
    const op = await signInOperator(env);
    const queue = (await op.get('/api/ops/deposits/bank-credits?state=unmatched')).json().items;
    const noRef = queue.find((c: { reason: string }) => c.reason === 'no_reference');
    const wrongPayer = queue.find((c: { reason: string }) => c.reason === 'payer_mismatch');
    expect(
      (await op.post(`/api/ops/deposits/bank-credits/${noRef.id}/match`, { providerId }))
        .statusCode,
    ).toBe(200);
    expect(
      (await op.post(`/api/ops/deposits/bank-credits/${noRef.id}/match`, { providerId })).json()
        .code,
    ).toBe('DEPOSITS.CREDIT_NOT_OPEN');
    const balance = await env.ctx.database.rows<{ balance: number }>(
      sql`select balance from ledger_accounts where id = ${`${providerId}:available`}`,
    );
    expect(Number(balance[0].balance)).toBe(80_000);

    expect(
      (
        await op.post(`/api/ops/deposits/bank-credits/${wrongPayer.id}/return-request`, {
          reason: '付款人非注册主体',
        })
      ).statusCode,
    ).toBe(200);
    const self = await op.post(`/api/ops/deposits/bank-credits/${wrongPayer.id}/return-approve`);
    expect(self.json().code).toBe('DEPOSITS.SECOND_OPERATOR_REQUIRED');
    const second = await secondOperator();
    expect(
      (await second.post(`/api/ops/deposits/bank-credits/${wrongPayer.id}/return-approve`))
        .statusCode,
    ).toBe(200);
    const suspense = await env.ctx.database.rows<{ balance: number }>(
      sql`select balance from ledger_accounts where id = 'platform:bank_suspense'`,
    );
    expect(Number(suspense[0].balance)).toBe(0);
  });

  it('refuses a bad statement row by row and writes nothing', async () => {
    const op = await signInOperator(env);
    const before = await env.ctx.database.rows<{ n: number }>(
      sql`select count(*)::int as n from bank_credits`,
    );
    const res = await op.post('/api/ops/deposits/statements', {
      fileName: 'bad.csv',
      csv: csv([
        ['B1', '2026-11-25', '10.00', '甲公司', '1', ''],
        ['B2', '2026/11/25', '-5', '乙公司', '2', ''],
      ]),
    });
    expect(res.statusCode).toBe(400);
    expect(Object.keys(res.json().fields).sort()).toEqual(['rows.2.amountFen', 'rows.2.valueDate']);
    const after = await env.ctx.database.rows<{ n: number }>(
      sql`select count(*)::int as n from bank_credits`,
    );
    expect(after[0].n).toBe(before[0].n);
    const provider = await signInAccount(env, '13588883333');
    expect(
      (await provider.post('/api/ops/deposits/statements', { fileName: 'x.csv', csv: 'a' }))
        .statusCode,
    ).toBe(403);
  });
});
