/**
 * Crash test of deposit payments: the server is killed with SIGKILL again and again while the
 * (sandbox) gateway is delivering payment notifications; the gateway keeps redelivering until it
 * gets the exact acknowledgement. At the end every order must be credited exactly once.
 *
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/fuwu_bench npx tsx bench/payment-crash.ts [orders] [kills]
 *
 * Uses PostgreSQL (a killed PGlite process can lose its last writes by design; production runs
 * PostgreSQL). The database is emptied first. Prints lost and duplicated credits (both must be 0)
 * and the notifications per second the server acknowledged.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import pg from 'pg';
import { loadConfig } from '../src/server/config';
import { makeContext, prepare } from '../src/server/bootstrap';
import { openDatabase, sql } from '../src/server/platform/db';
import { newId } from '../src/server/platform/ids';
import type { Clock } from '../src/server/platform/clock';
import { startDepositPayment } from '../src/server/flows/deposit-payment';
import { requireDeposit } from '../src/server/modules/deposits';
import {
  createSandboxGateway,
  dispatchSandboxNotifications,
  fetchDeliver,
} from '../src/server/modules/payments';

const ORDERS = Number(process.argv[2] ?? 300);
const KILLS = Number(process.argv[3] ?? 12);
const PORT = 3900 + Math.floor(Math.random() * 90);
const url = process.env.DATABASE_URL;
if (!url) throw new Error('set DATABASE_URL to an empty PostgreSQL database you own');

async function resetDatabase() {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  await c.query(
    'drop schema if exists public cascade; drop schema if exists drizzle cascade; create schema public;',
  );
  await c.end();
}

function startServer(): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
    env: {
      ...process.env,
      PORT: String(PORT),
      FUWU_SEED_DEMO: 'false',
      FUWU_LOG_LEVEL: 'fatal',
      FUWU_PUBLIC_URL: `http://127.0.0.1:${PORT}`,
    },
    stdio: 'ignore',
  });
}

async function waitHealthy() {
  for (let i = 0; i < 200; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${PORT}/healthz`)).ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('server did not start');
}

async function main() {
  await resetDatabase();
  // The bench plays the gateway: its clock jumps ahead so that retries never wait for backoff.
  let skew = 0;
  const clock: Clock = { now: () => new Date(Date.now() + skew) };
  const config = loadConfig({ ...process.env, FUWU_SEED_DEMO: 'false' });
  const database = await openDatabase({ databaseUrl: url!, poolSize: 10 });
  const ctx = makeContext(config, database, clock);
  await prepare(ctx);
  const gw = await createSandboxGateway(ctx);

  process.stdout.write(`creating ${ORDERS} paid orders… `);
  for (let i = 0; i < ORDERS; i++) {
    const accountId = newId('acc');
    const providerId = newId('prv');
    const mobile = `139${String(10_000_000 + i).slice(-8)}`;
    await database.rows(
      sql`insert into accounts (id, mobile, created_at) values (${accountId}, ${mobile}, now())`,
    );
    await database.rows(sql`insert into providers (id, account_id, application_id, company_name, credit_code, created_at)
      values (${providerId}, ${accountId}, ${newId('onb')}, ${`压测公司${i}`}, ${mobile}, now())`);
    await database.db.transaction((tx) =>
      requireDeposit(
        ctx,
        tx,
        { kind: 'system' },
        {
          providerId,
          sourceType: 'category',
          sourceId: 'cat',
          label: 'bench',
          amountFen: 1_000_000 + i,
        },
      ),
    );
    const o = await startDepositPayment(
      ctx,
      gw,
      { kind: 'provider', accountId, mobile },
      i % 2 ? 'wechat' : 'alipay',
      `http://127.0.0.1:${PORT}`,
    );
    await gw.pay(o.cashierUrl!.split('/').pop()!);
  }
  console.log('done');

  let acked = 0;
  let upMs = 0;
  for (let k = 0; k <= KILLS; k++) {
    const server = startServer();
    await waitHealthy();
    const started = Date.now();
    const killAt = k < KILLS ? 150 + Math.random() * 600 : Infinity;
    let pending = 1;
    while (Date.now() - started < killAt && pending > 0) {
      acked += await dispatchSandboxNotifications(ctx, fetchDeliver);
      skew += 3600_000;
      pending = Number(
        (
          await database.rows<{ n: string }>(
            sql`select count(*) as n from sandbox_notifications where status = 'pending'`,
          )
        )[0].n,
      );
    }
    upMs += Date.now() - started;
    server.kill(k < KILLS ? 'SIGKILL' : 'SIGTERM');
    await new Promise((r) => server.once('exit', r));
    process.stdout.write(
      k < KILLS
        ? `kill ${k + 1}/${KILLS} (pending ${pending})\n`
        : `final run (pending ${pending})\n`,
    );
    if (pending === 0 && k >= KILLS) break;
  }

  const rows = await database.rows<{ n: number; c: number }>(sql`
    select count(*)::int as n, coalesce(t.c, 0)::int as c from payment_orders o
    left join (select provider_id, count(*) as c from ledger_transactions where kind = 'recharge' group by provider_id) t
      on t.provider_id = o.provider_id group by t.c`);
  const lost = rows.filter((r) => r.c === 0).reduce((s, r) => s + r.n, 0);
  const duplicated = rows.filter((r) => r.c > 1).reduce((s, r) => s + r.n, 0);
  const abandoned = Number(
    (
      await database.rows<{ n: string }>(
        sql`select count(*) as n from sandbox_notifications where status <> 'delivered'`,
      )
    )[0].n,
  );
  console.log(`orders ${ORDERS}, SIGKILLs ${KILLS}`);
  console.log(
    `lost credits ${lost}, duplicated credits ${duplicated}, undelivered notifications ${abandoned}`,
  );
  console.log(
    `notifications acknowledged ${acked} in ${(upMs / 1000).toFixed(1)} s of server uptime: ${(acked / (upMs / 1000)).toFixed(0)}/s`,
  );
  await database.close();
  process.exit(lost === 0 && duplicated === 0 ? 0 : 1);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
