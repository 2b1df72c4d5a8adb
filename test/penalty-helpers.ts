import { afterAll, beforeAll } from 'vitest';
import { sql } from '../src/server/platform/db';
import { codeFor, receiver, redeem } from './apps-helpers';
import { createTestEnv, signInAccount, signInOperator, type Agent, type TestEnv } from './helpers';
import { buyAndPay, listedToolService } from './order-helpers';

/**
 * A kuaishou test env, an app callback receiver that redirects, and a signed-in operator, set up
 * before the file's tests and closed after them. The fields are there once `beforeAll` has run.
 */
export function penaltyTestEnv() {
  const t = {} as { env: TestEnv; cb: Awaited<ReturnType<typeof receiver>>; op: Agent };
  beforeAll(async () => {
    t.env = await createTestEnv({ policy: 'kuaishou' });
    t.cb = await receiver(() => 302);
    t.op = await signInOperator(t.env);
  });
  afterAll(async () => {
    await t.cb.close();
    await t.env.close();
  });
  return t;
}

export const std3 = { packageName: '标准版', version: '标准版', durationDays: 92 };

/** A listed tool service, its provider signed in, and a merchant who bought it. */
export async function soldService(
  env: TestEnv,
  mobile: string,
  merchantMobile: string,
  cbUrl: string,
  category?: string,
) {
  const svc = await listedToolService(env, mobile, `${cbUrl}/oauth/callback`, { category });
  const provider = await signInAccount(env, mobile);
  const merchant = await signInAccount(env, merchantMobile, 'merchant');
  await buyAndPay(env, merchant, svc.serviceId, std3);
  return { ...svc, provider, merchant };
}

/** The merchant authorizes the service's app; the app redeems the code for an access token. */
export async function accessTokenFor(
  env: TestEnv,
  s: { appId: string; provider: Agent; merchant: Agent },
  cbUrl: string,
) {
  const [{ app_key }] = await env.ctx.database.rows<{ app_key: string }>(
    sql`select app_key from apps where id = ${s.appId}`,
  );
  const rotated = await s.provider.post(`/api/provider/apps/${s.appId}/secret`);
  if (rotated.statusCode !== 200) throw new Error(rotated.body);
  const app = {
    id: s.appId,
    appKey: app_key,
    appSecret: rotated.json().appSecret as string,
    redirectUri: `${cbUrl}/oauth/callback`,
  };
  const { code, verifier } = await codeFor(s.merchant, app, 'shop:read');
  const tok = await redeem(env, app, code, verifier);
  if (tok.statusCode !== 200) throw new Error(tok.body);
  return {
    app,
    access: tok.json().access_token as string,
    refresh: tok.json().refresh_token as string,
  };
}

export async function auditActions(env: TestEnv, targetId: string) {
  const rows = await env.ctx.database.rows<{ action: string; actor_kind: string }>(
    sql`select action, actor_kind from audit_logs where target_id = ${targetId} order by at, id`,
  );
  return rows.map((r) => r.action);
}

/** The SMS texts written to the outbox for `mobile` with `template`, oldest first. */
export async function smsTo(env: TestEnv, mobile: string, template: string) {
  const rows = await env.ctx.database.rows<{ body: string }>(
    sql`select body from outbox_messages where recipient = ${mobile} and template = ${template} order by seq`,
  );
  return rows.map((r) => r.body);
}
