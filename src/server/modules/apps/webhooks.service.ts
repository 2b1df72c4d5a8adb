import type { Actor, AppContext } from '../../platform/context';
import type { Executor } from '../../platform/db';
import { AppError, notFound } from '../../platform/errors';
import { newId } from '../../platform/ids';
import type { WebhookDeliveryView } from '../../../contracts/apps';
import * as appsRepo from './apps.repo';
import { ownedApp } from './apps.service';
import * as repo from './webhooks.repo';
import { eventBody } from './webhooks.rules';

/**
 * Queues an event for an app's webhook endpoint, in the caller's transaction (the outbox
 * pattern). Returns the delivery id, or null when the app has no endpoint.
 */
export async function enqueueWebhook(
  ex: Executor,
  now: Date,
  appId: string,
  event: string,
  payload: Record<string, unknown>,
): Promise<string | null> {
  const app = await appsRepo.findApp(ex, appId);
  if (!app?.webhookUrl) return null;
  const id = newId('whd');
  const eventId = newId('evt');
  await repo.insertDelivery(ex, {
    id,
    appId,
    eventId,
    event,
    body: eventBody(eventId, event, now, payload),
    status: 'pending',
    nextAttemptAt: now,
    createdAt: now,
  });
  return id;
}

function toView(d: repo.DeliveryRow, log: repo.AttemptRow[]): WebhookDeliveryView {
  return {
    id: d.id,
    eventId: d.eventId,
    event: d.event,
    body: d.body,
    status: d.status as WebhookDeliveryView['status'],
    attempts: d.attempts,
    lastStatusCode: d.lastStatusCode,
    lastError: d.lastError,
    replayOf: d.replayOf,
    createdAt: d.createdAt.toISOString(),
    nextAttemptAt: d.nextAttemptAt.toISOString(),
    deliveredAt: d.deliveredAt?.toISOString() ?? null,
    log: log.map((a) => ({
      at: a.at.toISOString(),
      url: a.url,
      statusCode: a.statusCode,
      error: a.error,
      durationMs: a.durationMs,
    })),
  };
}

/** The provider's delivery log of an app: the newest 50 deliveries with every attempt. */
export async function listDeliveries(ctx: AppContext, actor: Actor | null, appId: string) {
  await ownedApp(ctx, actor, appId);
  const rows = await repo.listDeliveries(ctx.db, appId, 50);
  const attempts = await repo.listAttempts(
    ctx.db,
    rows.map((r) => r.id),
  );
  return {
    items: rows.map((d) =>
      toView(
        d,
        attempts.filter((a) => a.deliveryId === d.id),
      ),
    ),
  };
}

/** Sends an event again: a new delivery with the same event id and body, due now. */
export async function replayDelivery(
  ctx: AppContext,
  actor: Actor | null,
  appId: string,
  deliveryId: string,
) {
  const { app } = await ownedApp(ctx, actor, appId);
  const d = await repo.findDeliveryOfApp(ctx.db, appId, deliveryId);
  if (!d) throw notFound();
  if (!app.webhookUrl) throw new AppError('APPS.NO_WEBHOOK_URL', 409);
  const now = ctx.clock.now();
  const row = {
    id: newId('whd'),
    appId,
    eventId: d.eventId,
    event: d.event,
    body: d.body,
    status: 'pending',
    nextAttemptAt: now,
    replayOf: d.id,
    createdAt: now,
  };
  await repo.insertDelivery(ctx.db, row);
  return toView(
    { ...row, seq: 0, attempts: 0, lastStatusCode: null, lastError: null, deliveredAt: null },
    [],
  );
}

/** A `webhook.ping` event, so a provider can check the endpoint and its signature check. */
export async function sendTestEvent(ctx: AppContext, actor: Actor | null, appId: string) {
  const { app } = await ownedApp(ctx, actor, appId);
  if (!app.webhookUrl) throw new AppError('APPS.NO_WEBHOOK_URL', 409);
  const id = await enqueueWebhook(ctx.db, ctx.clock.now(), appId, 'webhook.ping', {
    appId,
    appKey: app.appKey,
  });
  const d = id ? await repo.findDelivery(ctx.db, id) : null;
  if (!d) throw notFound();
  return toView(d, []);
}
