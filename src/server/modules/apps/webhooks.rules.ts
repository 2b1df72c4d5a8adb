import { createHmac, timingSafeEqual } from 'node:crypto';

export const WEBHOOK_MAX_ATTEMPTS = 10;
const BASE_DELAY_MS = 30_000;
const MAX_DELAY_MS = 6 * 3600_000;

/**
 * Stripe-style signature header: `t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">`.
 * Receivers recompute it over the raw body and reject old timestamps (replay protection).
 */
export function signatureHeader(secret: string, unixSeconds: number, body: string): string {
  const mac = createHmac('sha256', secret).update(`${unixSeconds}.${body}`).digest('hex');
  return `t=${unixSeconds},v1=${mac}`;
}

/** What a receiver does: true when `header` signs `body` with `secret` within `toleranceSec`. */
export function verifySignature(
  secret: string,
  header: string,
  body: string,
  nowSeconds: number,
  toleranceSec = 300,
): boolean {
  const parts = Object.fromEntries(
    header.split(',').map((kv) => kv.split('=', 2) as [string, string]),
  );
  const t = Number(parts.t);
  if (!Number.isInteger(t) || !parts.v1 || Math.abs(nowSeconds - t) > toleranceSec) return false;
  const expected = Buffer.from(signatureHeader(secret, t, body).split('v1=')[1], 'hex');
  const got = Buffer.from(parts.v1, 'hex');
  return got.length === expected.length && timingSafeEqual(got, expected);
}

/** Delay before the next try after `attempts` failed ones: 30 s, 1 min, 2 min, … at most 6 h. */
export function retryDelayMs(attempts: number): number {
  return Math.min(BASE_DELAY_MS * 2 ** Math.max(0, attempts - 1), MAX_DELAY_MS);
}

/** Deliveries go to http(s) URLs only, whatever was stored. */
export function isDeliverableUrl(url: string | null): url is string {
  if (!url) return false;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:';
  } catch {
    return false;
  }
}

/** The JSON every delivery of one event carries (replays send the same bytes). */
export function eventBody(eventId: string, event: string, createdAt: Date, data: unknown): string {
  return JSON.stringify({
    id: eventId,
    type: event,
    created: Math.floor(createdAt.getTime() / 1000),
    data,
  });
}
