import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from '../src/server/platform/db';
import { closeExpiredOrders } from '../src/server/flows/deposit-payment';
import { createTestEnv, signInAccount, type Agent, type TestEnv } from './helpers';
import { receiver } from './apps-helpers';
import { listedToolService } from './order-helpers';

let env: TestEnv;
let cb: Awaited<ReturnType<typeof receiver>>;

beforeAll(async () => {
  env = await createTestEnv({ policy: 'kuaishou' });
  cb = await receiver(() => 200);
});
afterAll(async () => {
  await cb.close();
  await env.close();
});

/** A listed service whose trial row costs `trialFen` (0: free) and the trial order's body. */
async function trialService(mobile: string, trialFen: number) {
  const svc = await listedToolService(env, mobile, `${cb.url}/oauth/callback`, {
    packages: [
      {
        name: '体验版',
        specs: [
          { version: '体验版', durationDays: 31, priceFen: trialFen, trial: true },
          { version: '标准版', durationDays: 92, priceFen: 26_900, trial: false },
        ],
      },
    ],
  });
  const body = {
    serviceId: svc.serviceId,
    packageName: '体验版',
    version: '体验版',
    durationDays: 31,
  };
  return { svc, body };
}

/** Three parallel trial orders: one goes through, two are told the trial is taken. */
async function trialBurst(m: Agent, body: object) {
  const results = await Promise.all([1, 2, 3].map(() => m.post('/api/market/orders', body)));
  expect(results.map((r) => r.statusCode).sort()).toEqual([200, 409, 409]);
  for (const r of results.filter((x) => x.statusCode === 409))
    expect(r.json().code).toBe('ORDERS.TRIAL_TAKEN');
  return results.find((r) => r.statusCode === 200)!.json().id as string;
}

describe('orders under concurrency', () => {
  it('two simultaneous trial orders of one merchant give one trial and one refusal', async () => {
    const { svc, body } = await trialService('13722220001', 0);
    const m = await signInAccount(env, '13822220001', 'merchant');
    await trialBurst(m, body);
    const rows = await env.ctx.database.rows<{ n: number }>(
      sql`select count(*)::int as n from market_subscriptions where service_id = ${svc.serviceId} and trial`,
    );
    expect(rows[0].n).toBe(1);
    const orders = await env.ctx.database.rows<{ n: number }>(
      sql`select count(*)::int as n from market_orders where service_id = ${svc.serviceId}`,
    );
    expect(orders[0].n).toBe(1);
  });

  it('a paid trial left unpaid gives the claim back once; parallel orders then give one trial again', async () => {
    const { svc, body } = await trialService('13722220002', 990);
    const m = await signInAccount(env, '13822220002', 'merchant');
    const first = await trialBurst(m, body);
    env.clock.advance(60 * 60_000 + 1000);
    // Two close jobs at once (two instances): the order closes and its claim goes, once.
    await Promise.all([
      closeExpiredOrders(env.ctx, env.app.gateway),
      closeExpiredOrders(env.ctx, env.app.gateway),
    ]);
    const second = await trialBurst(m, body);
    const claims = await env.ctx.database.rows<{ order_id: string }>(
      sql`select order_id from market_trials where service_id = ${svc.serviceId}`,
    );
    expect(claims).toEqual([{ order_id: second }]);
    const states = await env.ctx.database.rows<{ id: string; state: string }>(
      sql`select id, state from market_orders where service_id = ${svc.serviceId} order by created_at`,
    );
    expect(states).toEqual([
      { id: first, state: 'closed' },
      { id: second, state: 'pending' },
    ]);
  });
});
