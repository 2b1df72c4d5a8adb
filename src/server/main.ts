import { loadConfig } from './config';
import { buildApp } from './app';
import { makeContext, openConfiguredDatabase, prepare } from './bootstrap';
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

async function main() {
  phase('modules');
  const config = loadConfig();
  const database = await openConfiguredDatabase(config);
  phase('database');
  const ctx = makeContext(config, database);
  await prepare(ctx);
  phase('migrations+seed');
  const app = await buildApp(ctx, { logger: true });

  const transport = createTransport(config);
  let sending = false;
  const timer = setInterval(async () => {
    if (sending) return;
    sending = true;
    try {
      await dispatchOutbox(ctx, transport);
    } catch (e) {
      app.log.error({ err: e }, 'outbox dispatch failed');
    } finally {
      sending = false;
    }
  }, config.outboxIntervalMs || 2000);

  // Payment housekeeping on every instance (claims and state moves are conditional, so two
  // instances never apply the same change): the sandbox gateway's notifier and order expiry.
  let paying = false;
  const payTimer = setInterval(async () => {
    if (paying) return;
    paying = true;
    try {
      await dispatchSandboxNotifications(ctx, fetchDeliver);
      await closeExpiredOrders(ctx, app.gateway);
    } catch (e) {
      app.log.error({ err: e }, 'payment housekeeping failed');
    } finally {
      paying = false;
    }
  }, 1000);
  // Subscription reminders and expiry: conditional updates, so two instances act once.
  const subscriptionTimer = setInterval(() => {
    runSubscriptionJobs(ctx).catch((e) => app.log.error({ err: e }, 'subscription jobs failed'));
  }, 30_000);
  // Webhooks: the same SKIP LOCKED outbox pattern, on the apps module's own table.
  let delivering = false;
  const webhookTimer = setInterval(async () => {
    if (delivering) return;
    delivering = true;
    try {
      await dispatchWebhooks(ctx);
    } catch (e) {
      app.log.error({ err: e }, 'webhook dispatch failed');
    } finally {
      delivering = false;
    }
  }, config.outboxIntervalMs || 2000);

  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    app.log.info(`${signal}: finishing requests and closing`);
    clearInterval(timer);
    clearInterval(payTimer);
    clearInterval(webhookTimer);
    clearInterval(subscriptionTimer);
    await app.close();
    await database.close();
    process.exit(0);
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));

  await app.listen({ port: config.port, host: config.host });
  phase('app');
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

main().catch((e) => {
  process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(1);
});
