import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/server/app';
import type { AppContext } from '../src/server/platform/context';
import { dispatchOutbox, enqueueNotice, type Transport } from '../src/server/modules/notifications';
import { Agent, createTestEnv, secondInstance, signInAccount, type TestEnv } from './helpers';

let env: TestEnv;
let second: AppContext;
let closeSecond: () => Promise<void>;

/** A second instance: on PostgreSQL its own connection pool to the same database. */
beforeAll(async () => {
  env = await createTestEnv();
  ({ ctx: second, close: closeSecond } = await secondInstance(env));
});
afterAll(async () => {
  await closeSecond();
  await env.close();
});

describe('two instances on one database', () => {
  it('a session made on one instance is valid on the other', async () => {
    const other = await buildApp(second);
    await other.ready();
    try {
      const onA = await signInAccount(env, '13644440001');
      const sid = onA.cookie('fuwu_sid');
      const onB = new Agent(other);
      const res = await other.inject({
        method: 'GET',
        url: '/api/session',
        headers: { cookie: `fuwu_sid=${sid}` },
      });
      expect(res.json().actor).toMatchObject({ kind: 'provider', mobileMasked: '136****0001' });
      void onB;
    } finally {
      await other.close();
    }
  });

  it('the outbox is sent exactly once when both instances dispatch at the same time', async () => {
    const now = env.clock.now();
    for (let i = 0; i < 60; i++) {
      await enqueueNotice(env.ctx.db, now, {
        channel: 'email',
        recipient: `r${i}@example.com`,
        template: 'sms.signInCode',
        params: { code: '000000' },
      });
    }
    const delivered: string[] = [];
    const transport: Transport = async (m) => {
      await new Promise((r) => setTimeout(r, 2));
      delivered.push(m.recipient);
    };
    const run = async (ctx: AppContext) => {
      let total = 0;
      for (let n = 1; n > 0;) total += n = await dispatchOutbox(ctx, transport);
      return total;
    };
    const counts = await Promise.all([run(env.ctx), run(second), run(env.ctx), run(second)]);
    const mine = delivered.filter((r) => /^r\d+@example\.com$/.test(r));
    expect(new Set(mine).size).toBe(60);
    expect(mine).toHaveLength(60);
    expect(counts.reduce((x, y) => x + y, 0)).toBe(delivered.length);
    const failed = await env.ctx.database.rows<{ n: number }>(
      (await import('drizzle-orm'))
        .sql`select count(*)::int as n from outbox_messages where status <> 'sent'`,
    );
    expect(failed[0].n).toBe(0);
  });
});
