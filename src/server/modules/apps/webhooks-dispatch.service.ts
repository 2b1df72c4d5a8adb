import type { AppContext } from '../../platform/context';
import { newId } from '../../platform/ids';
import * as appsRepo from './apps.repo';
import * as repo from './webhooks.repo';
import {
  isDeliverableUrl,
  retryDelayMs,
  signatureHeader,
  WEBHOOK_MAX_ATTEMPTS,
} from './webhooks.rules';

/** Sends one signed POST; resolves with the status (redirects are not followed), throws on failure. */
export type WebhookSender = (
  url: string,
  headers: Record<string, string>,
  body: string,
) => Promise<{ status: number }>;

export const fetchSender: WebhookSender = async (url, headers, body) => {
  const res = await fetch(url, {
    method: 'POST',
    headers,
    body,
    redirect: 'manual',
    signal: AbortSignal.timeout(10_000),
  });
  await res.body?.cancel();
  return { status: res.status };
};

async function attempt(ctx: AppContext, d: repo.DeliveryRow, send: WebhookSender) {
  const app = await appsRepo.findApp(ctx.db, d.appId);
  const url = app?.webhookUrl ?? null;
  const at = ctx.clock.now();
  if (!app || !isDeliverableUrl(url))
    return { at, url: url ?? '', statusCode: null, error: 'no http(s) webhook URL', final: true };
  try {
    const res = await send(
      url,
      {
        'content-type': 'application/json',
        'user-agent': 'Fuwu-Webhooks/1',
        'fuwu-signature': signatureHeader(
          app.webhookSecret,
          Math.floor(at.getTime() / 1000),
          d.body,
        ),
        'fuwu-event': d.event,
        'fuwu-delivery': d.id,
      },
      d.body,
    );
    const ok = res.status >= 200 && res.status < 300;
    return {
      at,
      url,
      statusCode: res.status,
      error: ok ? null : `HTTP ${res.status}`,
      final: false,
    };
  } catch (e) {
    const error = (e as Error).message.slice(0, 500);
    return { at, url, statusCode: null, error, final: false };
  }
}

async function deliverOne(ctx: AppContext, id: string, send: WebhookSender): Promise<boolean> {
  const d = await repo.findDelivery(ctx.db, id);
  if (!d || d.status !== 'pending') return false;
  const started = performance.now();
  const r = await attempt(ctx, d, send);
  await repo.insertAttempt(ctx.db, {
    id: newId('wha'),
    deliveryId: id,
    at: r.at,
    url: r.url,
    statusCode: r.statusCode,
    error: r.error,
    durationMs: Math.round(performance.now() - started),
  });
  if (!r.error) {
    await repo.markDelivered(ctx.db, id, ctx.clock.now(), r.statusCode ?? 200);
    return true;
  }
  const retry = !r.final && d.attempts < WEBHOOK_MAX_ATTEMPTS;
  await repo.markDeliveryFailure(ctx.db, id, {
    statusCode: r.statusCode,
    error: r.error,
    retryAt: retry ? new Date(r.at.getTime() + retryDelayMs(d.attempts)) : null,
  });
  return false;
}

/** Delivers what is due once; returns how many succeeded. Safe on several instances at once. */
export async function dispatchWebhooks(
  ctx: AppContext,
  send: WebhookSender = fetchSender,
): Promise<number> {
  const claimed = await repo.claimDueDeliveries(ctx.database, ctx.clock.now(), 60_000, 20);
  let delivered = 0;
  for (const { id } of claimed) if (await deliverOne(ctx, id, send)) delivered++;
  return delivered;
}
