import type { FastifyInstance } from 'fastify';
import { loadConfig } from './config';
import type { AppContext } from './platform/context';
import { buildApp } from './app';
import { makeContext, openConfiguredDatabase, prepare, writePgliteTemplate } from './bootstrap';
import { createTransport, dispatchOutbox } from './modules/notifications';
import { DEMO } from './flows/seed-demo';
import { closeExpiredOrders } from './flows/deposit-payment';
import { dispatchSandboxNotifications, fetchDeliver } from './modules/payments';
import { dispatchWebhooks } from './modules/apps';
import { runSubscriptionJobs } from './modules/orders';

/** Milliseconds since this process started, for the startup line (what a slow start spent on). */
const phases: string[] = [];
let last = 0;
function phase(name: string): void {
  const now = performance.now();
  phases.push(`${name} ${((now - last) / 1000).toFixed(2)} s`);
  last = now;
}

/**
 * Background work on every instance (claims and state moves are conditional, so two instances
 * never apply the same change). Started once the server listens: the first page never waits for
 * it. Returns the function that stops it.
 */
function startJobs(ctx: AppContext, app: FastifyInstance): () => void {
  const timers: NodeJS.Timeout[] = [];
  /** Runs `job` every `ms`, skipping a tick while the previous run is still going. */
  const every = (ms: number, what: string, job: () => Promise<unknown>) => {
    let running = false;
    const timer = setInterval(async () => {
      if (running) return;
      running = true;
      try {
        await job();
      } catch (e) {
        app.log.error({ err: e }, `${what} failed`);
      } finally {
        running = false;
      }
    }, ms);
    timers.push(timer);
  };
  const transport = createTransport(ctx.config);
  const outboxMs = ctx.config.outboxIntervalMs || 2000;
  every(outboxMs, 'outbox dispatch', () => dispatchOutbox(ctx, transport));
  // Payment housekeeping: the sandbox gateway's notifier and order expiry.
  every(1000, 'payment housekeeping', async () => {
    await dispatchSandboxNotifications(ctx, fetchDeliver);
    await closeExpiredOrders(ctx, app.gateway);
  });
  // Subscription reminders and expiry.
  every(30_000, 'subscription jobs', () => runSubscriptionJobs(ctx));
  // Webhooks: the same SKIP LOCKED outbox pattern, on the apps module's own table.
  every(outboxMs, 'webhook dispatch', () => dispatchWebhooks(ctx));
  return () => timers.forEach(clearInterval);
}

async function main() {
  phase('modules');
  const config = loadConfig();
  const database = await openConfiguredDatabase(config);
  phase('database');
  const ctx = makeContext(config, database);
  // A folder copied from the demo template only has its times to move (PGlite reading 23 tables
  // for the first time, ~0.3-0.5 s): started just before `listen`, after the app's own queries,
  // it runs while the first page loads. It holds PGlite's one connection from then on, so every
  // request's query waits behind it and none sees the template's times; the jobs start after it.
  const { ran, finish } = await prepare(ctx, { later: true });
  phase(`migrations+seed (${ran.length ? `ran ${ran.join(', ')}` : 'all current'})`);
  const app = await buildApp(ctx, { logger: true });
  const finished = finish();
  let stopJobs = () => {};

  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    app.log.info(`${signal}: finishing requests and closing`);
    stopJobs();
    await app.close();
    await database.close();
    process.exit(0);
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));

  await app.listen({ port: config.port, host: config.host });
  phase('app');
  await finished;
  stopJobs = startJobs(ctx, app);
  const base =
    config.publicUrl ??
    `http://${config.host === '0.0.0.0' ? '127.0.0.1' : config.host}:${config.port}`;
  const lines = [
    '',
    `Fuwu is running (${database.kind}, policy preset ${config.policyPreset})`,
    `  Started in ${(last / 1000).toFixed(2)} s: ${phases.join(', ')}`,
    `  Marketplace (merchants)   ${base}/market`,
    `  Provider console          ${base}/provider`,
    `  Operator console          ${base}/ops`,
    `  API docs                  ${base}/api/docs`,
    `  Health                    ${base}/healthz`,
    '',
    'Demo sign-ins (SMS codes appear in the operator console: 消息发件箱 / Outbox):',
    `  Operator  ${DEMO.operator.username} / ${DEMO.operator.password}, TOTP secret ${DEMO.operator.totpSecret} (npm run totp prints the current code)`,
    `  Provider  ${DEMO.provider.mobile} (approved), ${DEMO.pendingProvider.mobile} (waiting for review)`,
    `  Merchant  ${DEMO.merchant.mobile}`,
    '',
  ];
  process.stdout.write(lines.join('\n') + '\n');
}

// scripts/ensure-web.mjs builds the PGlite template for new data folders with this same code.
const run = process.argv[2] === '--write-pglite-template' ? writePgliteTemplate : main;
run().catch((e) => {
  process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(1);
});
