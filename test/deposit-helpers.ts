import { sql } from '../src/server/platform/db';
import { newId } from '../src/server/platform/ids';
import { requireDeposit } from '../src/server/modules/deposits';
import { hashPassword, insertOperator, totpNow } from '../src/server/modules/accounts';
import { dispatchSandboxNotifications, type Deliver } from '../src/server/modules/payments';
import { Agent, signInOperator, type TestEnv } from './helpers';

/** An approved provider straight in the tables (the onboarding flow is tested elsewhere). */
export async function quickProvider(env: TestEnv, mobile: string) {
  const now = env.clock.now();
  const accountId = newId('acc');
  const providerId = newId('prv');
  await env.ctx.database.rows(
    sql`insert into accounts (id, mobile, created_at) values (${accountId}, ${mobile}, ${now.toISOString()}::timestamptz)`,
  );
  await env.ctx.database
    .rows(sql`insert into providers (id, account_id, application_id, company_name, credit_code, enterprise_developer, created_at)
    values (${providerId}, ${accountId}, ${newId('onb')}, ${`测试公司${mobile}`}, ${mobile}, false, ${now.toISOString()}::timestamptz)`);
  return { accountId, providerId };
}

export async function requireAmount(
  env: TestEnv,
  providerId: string,
  amountFen: number,
  sourceId = 'cat_ks_010',
) {
  await env.ctx.db.transaction((tx) =>
    requireDeposit(
      env.ctx,
      tx,
      { kind: 'system' },
      { providerId, sourceType: 'category', sourceId, label: '电商ERP', amountFen },
    ),
  );
}

/** Delivers the sandbox's notifications into the app through inject (no network in HTTP tests). */
export const injectDeliver =
  (env: TestEnv): Deliver =>
  async (url, headers, body) => {
    const res = await env.app.inject({
      method: 'POST',
      url: new URL(url).pathname,
      headers,
      payload: body,
    });
    return { status: res.statusCode, text: res.body };
  };

export async function deliverAll(env: TestEnv) {
  let total = 0;
  for (let n = 1; n > 0;)
    total += n = await dispatchSandboxNotifications(env.ctx, injectDeliver(env));
  return total;
}

export async function ledgerCount(env: TestEnv, providerId: string, kind: string) {
  const rows = await env.ctx.database.rows<{ n: number }>(
    sql`select count(*)::int as n from ledger_transactions where provider_id = ${providerId} and kind = ${kind}`,
  );
  return rows[0].n;
}

/** A finance operator other than the demo one, made as `username` and signed in over the API. */
export async function secondOperator(env: TestEnv, username: string) {
  const secret = 'JBSWY3DPEHPK3PXP';
  await insertOperator(env.ctx.db, {
    id: newId('opr'),
    username,
    passwordHash: await hashPassword('Pass-2026-x'),
    totpSecret: secret,
    roles: ['finance'],
    createdAt: env.clock.now(),
  });
  const agent = new Agent(env.app);
  await agent.session();
  const res = await agent.post('/api/auth/operator/login', {
    username,
    password: 'Pass-2026-x',
    totp: totpNow(secret, env.clock.now()),
  });
  if (res.statusCode !== 200) throw new Error(`operator ${username} sign-in failed: ${res.body}`);
  await agent.session();
  return agent;
}

/** Two different finance operators, both signed in (money leaving a deposit needs two). */
export async function operatorPair(env: TestEnv, username: string): Promise<[Agent, Agent]> {
  return [await signInOperator(env), await secondOperator(env, username)];
}
