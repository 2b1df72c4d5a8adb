import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from '../src/server/platform/db';
import { startDepositPayment } from '../src/server/flows/deposit-payment';
import type { SandboxGateway } from '../src/server/modules/payments';
import { createTestEnv, type TestEnv } from './helpers';
import { quickProvider, requireAmount } from './deposit-helpers';

let env: TestEnv;
beforeAll(async () => {
  env = await createTestEnv();
});
afterAll(() => env.close());

// The real proof needs PostgreSQL (PGlite runs one transaction at a time); on PGlite the same
// test runs smaller, as a check of the logic.
const onPg = Boolean(process.env.DATABASE_URL);
const ORDERS = onPg ? 100 : 10;
const COPIES = onPg ? 200 : 20;

describe(`concurrent gateway notifications (${ORDERS} orders × ${COPIES} deliveries)`, () => {
  it('credit each order exactly once, whatever arrives duplicated or out of order', async () => {
    const gw = env.app.gateway as SandboxGateway;
    const orders: Array<{ id: string; providerId: string; amount: number }> = [];
    for (let i = 0; i < ORDERS; i++) {
      const mobile = `1360${String(1_000_000 + i).slice(1)}`.padEnd(11, '0');
      const p = await quickProvider(env, mobile);
      const amount = 1_000_000 + i * 100;
      await requireAmount(env, p.providerId, amount);
      const actor = { kind: 'provider' as const, accountId: p.accountId, mobile };
      const o = await startDepositPayment(
        env.ctx,
        gw,
        actor,
        i % 2 ? 'wechat' : 'alipay',
        'http://fuwu.test',
      );
      await gw.pay(o.cashierUrl!.split('/').pop()!);
      orders.push({ id: o.id, providerId: p.providerId, amount });
    }
    const notices = await env.ctx.database.rows<{
      url: string;
      headers: Record<string, string>;
      body: string;
    }>(sql`select url, headers, body from sandbox_notifications`);
    expect(notices).toHaveLength(ORDERS * 3);
    const shots = Array.from(
      { length: ORDERS * COPIES },
      (_, i) => notices[(i * 7919) % notices.length],
    );
    const results = await Promise.all(
      shots.map((n) =>
        env.app.inject({
          method: 'POST',
          url: new URL(n.url).pathname,
          headers: n.headers,
          payload: n.body,
        }),
      ),
    );
    expect(results.every((r) => r.statusCode === 200)).toBe(true);

    const credits = (
      await env.ctx.database.rows<{ provider_id: string; n: number; total: string }>(
        sql`select provider_id, count(*)::int as n, sum(amount)::text as total from ledger_transactions where kind = 'recharge' group by provider_id`,
      )
    ).filter((c) => orders.some((o) => o.providerId === c.provider_id)); // not the demo seed's
    expect(credits).toHaveLength(ORDERS);
    for (const o of orders) {
      const c = credits.find((x) => x.provider_id === o.providerId)!;
      expect(c.n).toBe(1);
      expect(Number(c.total)).toBe(o.amount);
    }
    const paid = await env.ctx.database.rows<{ n: number }>(
      sql`select count(*)::int as n from payment_orders where state = 'paid'`,
    );
    expect(paid[0].n).toBe(ORDERS);
    const unbalanced = await env.ctx.database.rows<{ n: number }>(
      sql`select count(*)::int as n from (select transaction_id from ledger_entries group by transaction_id having sum(amount) <> 0) t`,
    );
    expect(unbalanced[0].n).toBe(0);
    const drift = await env.ctx.database.rows<{ n: number }>(sql`
      select count(*)::int as n from ledger_accounts a
      where a.balance <> (select coalesce(sum(case when a.normal = 'debit' then e.amount else -e.amount end), 0)
                          from ledger_entries e where e.account_id = a.id)`);
    expect(drift[0].n).toBe(0);
  }, 600_000);
});
