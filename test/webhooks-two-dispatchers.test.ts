import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from '../src/server/platform/db';
import type { AppContext } from '../src/server/platform/context';
import { dispatchWebhooks, enqueueWebhook, type WebhookSender } from '../src/server/modules/apps';
import { createTestEnv, secondInstance, type TestEnv } from './helpers';
import { approvedProvider, createApp, receiver } from './apps-helpers';

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

describe('webhook dispatchers on two instances', () => {
  it('deliver each event exactly once when they run at the same time', async () => {
    const hooks = await receiver();
    try {
      const provider = await approvedProvider(env);
      const app = await createApp(provider, { webhookUrl: `${hooks.url}/race` });
      const now = env.clock.now();
      for (let i = 0; i < 60; i++)
        await enqueueWebhook(env.ctx.db, now, app.id, 'test.race', { i });
      // A slow receiver widens the window in which a second dispatcher could grab the same row.
      const slow: WebhookSender = async (url, headers, body) => {
        await new Promise((r) => setTimeout(r, 3));
        const res = await fetch(url, { method: 'POST', headers, body });
        return { status: res.status };
      };
      const run = async (ctx: AppContext) => {
        let total = 0;
        for (let n = 1; n > 0;) total += n = await dispatchWebhooks(ctx, slow);
        return total;
      };
      const counts = await Promise.all([run(env.ctx), run(second), run(env.ctx), run(second)]);
      const ids = hooks.requests.map((r) => JSON.parse(r.body).data.i as number);
      expect(ids).toHaveLength(60);
      expect(new Set(ids).size).toBe(60);
      expect(counts.reduce((x, y) => x + y, 0)).toBe(60);
      const [{ n }] = await env.ctx.database.rows<{ n: number }>(
        sql`select count(*)::int as n from webhook_deliveries where status = 'delivered' and attempts = 1`,
      );
      expect(n).toBe(60);
    } finally {
      await hooks.close();
    }
  });
});
