/** Pure rules of sign-in: SMS code limits and lifetimes. */
export const SMS_CODE_TTL_MS = 5 * 60 * 1000;
export const SMS_COOLDOWN_MS = 60 * 1000;
export const SMS_DAILY_LIMIT = 10;
export const SMS_MAX_ATTEMPTS = 5;
export const QR_TTL_MS = 2 * 60 * 1000;
export const OPERATOR_MAX_FAILURES = 5;
export const OPERATOR_LOCK_MS = 15 * 60 * 1000;
export const SESSION_TTL_MS = { account: 7 * 24 * 3600 * 1000, operator: 12 * 3600 * 1000 };

export type SmsSendDecision =
  | { ok: true }
  | { ok: false; code: 'AUTH.SMS_COOLDOWN'; seconds: number }
  | { ok: false; code: 'AUTH.SMS_DAILY_LIMIT'; limit: number };

/** May another code be sent to a number that got its last one at `lastSentAt` and `sentToday` today? */
export function decideSmsSend(
  now: Date,
  lastSentAt: Date | null,
  sentToday: number,
): SmsSendDecision {
  if (lastSentAt) {
    const wait = SMS_COOLDOWN_MS - (now.getTime() - lastSentAt.getTime());
    if (wait > 0) return { ok: false, code: 'AUTH.SMS_COOLDOWN', seconds: Math.ceil(wait / 1000) };
  }
  if (sentToday >= SMS_DAILY_LIMIT)
    return { ok: false, code: 'AUTH.SMS_DAILY_LIMIT', limit: SMS_DAILY_LIMIT };
  return { ok: true };
}

export function isOperatorLocked(now: Date, lockedUntil: Date | null): boolean {
  return lockedUntil !== null && lockedUntil.getTime() > now.getTime();
}
