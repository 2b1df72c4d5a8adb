import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { creditDeposit } from '../src/server/modules/deposits';
import { createTestEnv, signInAccount, signInOperator, type TestEnv } from './helpers';
import { ledgerCount, operatorPair, quickProvider, requireAmount } from './deposit-helpers';

let env: TestEnv;
beforeAll(async () => {
  env = await createTestEnv();
});
afterAll(() => env.close());

describe('money leaving a deposit (kuaishou)', () => {
  it('withdraws only what is above the requirement, after two different operators approve', async () => {
    const { providerId } = await quickProvider(env, '13566661111');
    await requireAmount(env, providerId, 2_000_000);
    await env.ctx.db.transaction((tx) =>
      creditDeposit(
        env.ctx,
        tx,
        { kind: 'system' },
        { providerId, amountFen: 3_000_000, via: 'bank', reference: 'test:credit:1', memo: 'test' },
      ),
    );
    const provider = await signInAccount(env, '13566661111');
    expect((await provider.get('/api/provider/deposit')).json()).toMatchObject({
      held: 2_000_000,
      available: 1_000_000,
    });
    const tooMuch = await provider.post('/api/provider/deposit/withdrawals', {
      amountFen: 1_500_000,
    });
    expect(tooMuch.statusCode).toBe(409);
    expect(tooMuch.json().message).toContain('¥10000.00');
    expect(
      (await provider.post('/api/provider/deposit/withdrawals', { amountFen: 800_000 })).statusCode,
    ).toBe(200);
    expect((await provider.get('/api/provider/deposit')).json()).toMatchObject({
      available: 200_000,
      balance: 2_200_000,
    });

    const [out] = (await provider.get('/api/provider/deposit/withdrawals')).json().items;
    const [op1, op2] = await operatorPair(env, 'finance-b');
    expect((await op1.post(`/api/ops/deposits/money-outs/${out.id}/approve`)).statusCode).toBe(200);
    expect(await ledgerCount(env, providerId, 'withdraw')).toBe(0);
    expect((await op1.post(`/api/ops/deposits/money-outs/${out.id}/approve`)).json().code).toBe(
      'DEPOSITS.SECOND_OPERATOR_REQUIRED',
    );
    expect((await op2.post(`/api/ops/deposits/money-outs/${out.id}/approve`)).statusCode).toBe(200);
    expect(await ledgerCount(env, providerId, 'withdraw')).toBe(1);
    expect((await op2.post(`/api/ops/deposits/money-outs/${out.id}/approve`)).statusCode).toBe(409);
  });

  it('a rejected withdrawal puts the money back', async () => {
    const { providerId } = await quickProvider(env, '13566662222');
    await env.ctx.db.transaction((tx) =>
      creditDeposit(
        env.ctx,
        tx,
        { kind: 'system' },
        { providerId, amountFen: 500_000, via: 'bank', reference: 'test:credit:2', memo: 'test' },
      ),
    );
    const provider = await signInAccount(env, '13566662222');
    await provider.post('/api/provider/deposit/withdrawals', { amountFen: 500_000 });
    expect((await provider.get('/api/provider/deposit')).json().available).toBe(0);
    const [out] = (await provider.get('/api/provider/deposit/withdrawals')).json().items;
    const op = await signInOperator(env);
    expect((await op.post(`/api/ops/deposits/money-outs/${out.id}/reject`)).statusCode).toBe(200);
    expect((await provider.get('/api/provider/deposit')).json().available).toBe(500_000);
  });

  it('a deduction cites the rule, needs a second operator, takes from what is held and re-holds from available', async () => {
    const { providerId } = await quickProvider(env, '13566663333');
    await requireAmount(env, providerId, 2_000_000);
    await env.ctx.db.transaction((tx) =>
      creditDeposit(
        env.ctx,
        tx,
        { kind: 'system' },
        { providerId, amountFen: 2_200_000, via: 'bank', reference: 'test:credit:3', memo: 'test' },
      ),
    );
    const [op1, op2] = await operatorPair(env, 'finance-c');
    const noRule = await op1.post('/api/ops/deposits/deductions', {
      providerId,
      amountFen: 500_000,
      rule: '',
      reason: '虚假宣传',
    });
    expect(noRule.statusCode).toBe(400);
    expect(noRule.json().fields.rule).toContain('规则');
    expect(
      (
        await op1.post('/api/ops/deposits/deductions', {
          providerId,
          amountFen: 500_000,
          rule: '服务市场管理规范 第 5.2 条',
          reason: '虚假宣传',
        })
      ).statusCode,
    ).toBe(200);
    const [out] = (await op1.get('/api/ops/deposits/money-outs?state=requested')).json().items;
    expect((await op1.post(`/api/ops/deposits/money-outs/${out.id}/approve`)).json().code).toBe(
      'DEPOSITS.SECOND_OPERATOR_REQUIRED',
    );
    expect((await op2.post(`/api/ops/deposits/money-outs/${out.id}/approve`)).statusCode).toBe(200);
    const provider = await signInAccount(env, '13566663333');
    expect((await provider.get('/api/provider/deposit')).json()).toMatchObject({
      balance: 1_700_000,
      held: 1_700_000,
      available: 0,
      due: 300_000,
    });
    const audit = (await op1.get('/api/ops/audit?action=ledger.deduct')).json();
    expect(audit.items.length).toBeGreaterThanOrEqual(1);
  });
});
