import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from '../src/server/platform/db';
import { creditDeposit } from '../src/server/modules/deposits';
import { createTestEnv, signInAccount, type Agent, type TestEnv } from './helpers';
import { ledgerCount, operatorPair, quickProvider, requireAmount } from './deposit-helpers';

let env: TestEnv;
let op1: Agent;
let op2: Agent;

beforeAll(async () => {
  env = await createTestEnv();
  [op1, op2] = await operatorPair(env, 'finance-exit');
});
afterAll(() => env.close());

/** Required ¥20,000, paid ¥30,000: ¥20,000 held and ¥10,000 available. */
async function fundedProvider(mobile: string) {
  const { providerId } = await quickProvider(env, mobile);
  await requireAmount(env, providerId, 2_000_000);
  await env.ctx.db.transaction((tx) =>
    creditDeposit(
      env.ctx,
      tx,
      { kind: 'system' },
      { providerId, amountFen: 3_000_000, via: 'gateway', reference: `t:${mobile}`, memo: 't' },
    ),
  );
  const agent = await signInAccount(env, mobile);
  return { providerId, agent };
}

const exitOf = async (agent: Agent) =>
  (await agent.get('/api/provider/deposit/withdrawals'))
    .json()
    .items.find((o: { kind: string }) => o.kind === 'exit');

describe('exit (退出): everything in the deposit goes back, after two operators', () => {
  it('requests the whole balance, refuses a second request, and on completion releases the requirements', async () => {
    const { agent, providerId } = await fundedProvider('13588880001');
    expect((await agent.get('/api/provider/deposit')).json()).toMatchObject({
      held: 2_000_000,
      available: 1_000_000,
    });
    expect(
      (await agent.post('/api/provider/deposit/exit', { reason: '业务调整' })).statusCode,
    ).toBe(200);
    // Set aside at once: nothing left to spend or withdraw while it waits.
    expect((await agent.get('/api/provider/deposit')).json()).toMatchObject({
      balance: 0,
      held: 0,
      available: 0,
    });
    const again = await agent.post('/api/provider/deposit/exit', {});
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({
      code: 'DEPOSITS.EXIT_PENDING',
      message: '退出退还保证金的申请正在审批中，请勿重复提交',
    });
    const out = await exitOf(agent);
    expect(out).toMatchObject({ amountFen: 3_000_000, state: 'requested' });

    expect((await op1.post(`/api/ops/deposits/money-outs/${out.id}/approve`)).statusCode).toBe(200);
    expect((await op1.post(`/api/ops/deposits/money-outs/${out.id}/approve`)).json().code).toBe(
      'DEPOSITS.SECOND_OPERATOR_REQUIRED',
    );
    expect(await ledgerCount(env, providerId, 'withdraw')).toBe(0);
    expect((await op2.post(`/api/ops/deposits/money-outs/${out.id}/approve`)).statusCode).toBe(200);

    expect((await agent.get('/api/provider/deposit')).json()).toMatchObject({
      balance: 0,
      held: 0,
      available: 0,
      required: 0,
      due: 0,
      requirements: [],
    });
    const [w] = await env.ctx.database.rows<{ amount: number; memo: string }>(
      sql`select amount::int as amount, memo from ledger_transactions where provider_id = ${providerId} and kind = 'withdraw'`,
    );
    expect(w).toEqual({ amount: 3_000_000, memo: '退出退还全部保证金' });
    // Every provider ledger account of this provider sums to zero.
    const [{ total }] = await env.ctx.database.rows<{ total: number }>(
      sql`select coalesce(sum(balance), 0)::int as total from ledger_accounts where provider_id = ${providerId}`,
    );
    expect(total).toBe(0);
    const audit = (
      await op1.get('/api/ops/audit?action=deposits.exit.requirements_released')
    ).json();
    expect(audit.items.some((a: { targetId: string }) => a.targetId === out.id)).toBe(true);
    // A new exit on an empty account has nothing to refund.
    expect((await agent.post('/api/provider/deposit/exit', {})).json().code).toBe(
      'DEPOSITS.NOTHING_TO_REFUND',
    );
  });

  it('a rejected exit puts held and available back where they were, requirements intact', async () => {
    const { agent } = await fundedProvider('13588880002');
    await agent.post('/api/provider/deposit/exit', {});
    const out = await exitOf(agent);
    expect((await op1.post(`/api/ops/deposits/money-outs/${out.id}/reject`)).statusCode).toBe(200);
    expect((await agent.get('/api/provider/deposit')).json()).toMatchObject({
      held: 2_000_000,
      available: 1_000_000,
      required: 2_000_000,
      due: 0,
    });
    // Once rejected, the provider may ask again.
    expect((await agent.post('/api/provider/deposit/exit', {})).statusCode).toBe(200);
  });

  it('is refused while a withdrawal waits, and two requests at once make one exit', async () => {
    const { agent, providerId } = await fundedProvider('13588880003');
    await agent.post('/api/provider/deposit/withdrawals', { amountFen: 100_000 });
    const blocked = await agent.post('/api/provider/deposit/exit', {});
    expect(blocked.json().code).toBe('DEPOSITS.MONEY_OUT_PENDING');
    const [wd] = (await agent.get('/api/provider/deposit/withdrawals')).json().items;
    await op1.post(`/api/ops/deposits/money-outs/${wd.id}/reject`);

    const both = await Promise.all([
      agent.post('/api/provider/deposit/exit', {}),
      agent.post('/api/provider/deposit/exit', {}),
    ]);
    expect(both.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    const [{ n }] = await env.ctx.database.rows<{ n: number }>(
      sql`select count(*)::int as n from money_outs where provider_id = ${providerId} and kind = 'exit'`,
    );
    expect(n).toBe(1);
  });

  it('a deduction for an unknown provider is a field error on the provider ID', async () => {
    const res = await op1.post('/api/ops/deposits/deductions', {
      providerId: 'prv_nobody',
      amountFen: 100,
      rule: '规范 1.1',
      reason: '测试',
    });
    expect(res.statusCode).toBe(404);
    expect(res.json().fields).toEqual({ providerId: '没有这个服务商编号' });
  });
});
