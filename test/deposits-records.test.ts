import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from '../src/server/platform/db';
import { newId } from '../src/server/platform/ids';
import { creditDeposit, listRecords } from '../src/server/modules/deposits';
import { failedPaymentRecords } from '../src/server/flows/deposit-payment';
import { createTestEnv, signInAccount, type TestEnv } from './helpers';
import { quickProvider } from './deposit-helpers';

let env: TestEnv;
beforeAll(async () => {
  env = await createTestEnv();
});
afterAll(() => env.close());

type Item = { id: string; at: string; result: string };

/**
 * 13 settled transactions and 8 closed orders interleaved in time, some at the very same instant:
 * every page of every size, with and without filters, must equal the slice of the full list.
 */
describe('transaction records are filtered, paged and counted in SQL', () => {
  it('merged pages equal slices of the whole newest-first list', async () => {
    const { providerId } = await quickProvider(env, '13577779999');
    const base = env.clock.now().getTime();
    const at = (min: number) => new Date(base + min * 60_000);
    const ledgerMinutes = [1, 2, 2, 4, 7, 8, 8, 8, 15, 16, 20, 21, 30];
    for (const [k, m] of ledgerMinutes.entries()) {
      env.clock.set(at(m));
      await env.ctx.db.transaction((tx) =>
        creditDeposit(
          env.ctx,
          tx,
          { kind: 'system' },
          {
            providerId,
            amountFen: 100 + k,
            via: 'gateway',
            reference: `paging:${k}`,
            memo: `充值 ${k}`,
          },
        ),
      );
    }
    // Closed orders: some at the same minute as ledger rows, one without closed_at (its deadline counts).
    const failMinutes: Array<[number, boolean]> = [
      [0, true],
      [2, true],
      [3, true],
      [8, true],
      [9, false],
      [17, true],
      [31, true],
      [32, true],
    ];
    for (const [m, closed] of failMinutes) {
      const t = at(m).toISOString();
      await env.ctx.database.rows(sql`insert into payment_orders
        (id, provider_id, purpose, amount_fen, channel, gateway, state, expires_at, closed_at, created_at)
        values (${newId('pay')}, ${providerId}, 'deposit', 500, 'alipay', 'sandbox', 'closed',
          ${t}::timestamptz, ${closed ? t : null}::timestamptz, ${t}::timestamptz)`);
    }
    // Another provider's rows never show.
    const other = await quickProvider(env, '13577779998');
    await env.ctx.db.transaction((tx) =>
      creditDeposit(
        env.ctx,
        tx,
        { kind: 'system' },
        {
          providerId: other.providerId,
          amountFen: 1,
          via: 'gateway',
          reference: 'paging:other',
          memo: 'x',
        },
      ),
    );

    const failures = failedPaymentRecords(env.ctx, providerId);
    const page = (result: 'success' | 'failure' | undefined, p: number, size: number) =>
      listRecords(env.ctx, providerId, failures, { result, page: p, pageSize: size });
    const ok = await page('success', 1, 100);
    const failed = await page('failure', 1, 100);
    expect(ok.total).toBe(13);
    expect(failed.total).toBe(8);
    const key = (i: Item) => `${i.at}|${i.id}`;
    const whole = [...ok.items, ...failed.items].sort((a, b) => (key(a) < key(b) ? 1 : -1));
    expect(whole.map((i) => i.at)).toEqual([...whole.map((i) => i.at)].sort().reverse());

    for (const size of [1, 2, 3, 5, 8, 21, 25]) {
      for (let p = 1; (p - 1) * size <= whole.length + size; p++) {
        const got = await page(undefined, p, size);
        expect(got.total).toBe(21);
        expect(got.items.map((i) => i.id)).toEqual(
          whole.slice((p - 1) * size, p * size).map((i) => i.id),
        );
      }
      for (const [result, list] of [
        ['success', ok.items],
        ['failure', failed.items],
      ] as const) {
        for (let p = 1; (p - 1) * size < list.length; p++)
          expect((await page(result, p, size)).items.map((i) => i.id)).toEqual(
            list.slice((p - 1) * size, p * size).map((i) => i.id),
          );
      }
    }
    expect(
      failed.items.every((i) => i.result === 'failure' && i.memo === '支付超时，订单已关闭'),
    ).toBe(true);

    // The CSV export walks every page: 21 rows and the header, newest first.
    const agent = await signInAccount(env, '13577779999');
    const csv = await agent.get('/api/provider/deposit/transactions.csv');
    expect(csv.statusCode).toBe(200);
    const lines = csv.body
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines).toHaveLength(22);
    expect(lines.filter((l) => l.endsWith(',失败,'))).toHaveLength(8);
    expect(lines[1]).toMatch(/^2026-11-25 10:32:00,recharge,支付超时，订单已关闭,5\.00,失败,$/);
    const onlyFailed = await agent.get('/api/provider/deposit/transactions.csv?result=failure');
    expect(onlyFailed.body.trim().split('\r\n')).toHaveLength(9);
  });
});
