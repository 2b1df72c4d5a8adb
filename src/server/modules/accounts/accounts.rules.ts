/** Pure rules of sign-in: SMS code limits and lifetimes. */
export const SMS_CODE_TTL_MS = 5 * 60 * 1000;
export const SMS_COOLDOWN_MS = 60 * 1000;
export const SMS_DAILY_LIMIT = 10;
export const SMS_MAX_ATTEMPTS = 5;
export const SMS_SEND_LIMITS = { cooldownMs: SMS_COOLDOWN_MS, dailyLimit: SMS_DAILY_LIMIT };
export const QR_TTL_MS = 2 * 60 * 1000;
export const OPERATOR_MAX_FAILURES = 5;
export const OPERATOR_LOCK_MS = 15 * 60 * 1000;
export const SESSION_TTL_MS = { account: 7 * 24 * 3600 * 1000, operator: 12 * 3600 * 1000 };

export function isOperatorLocked(now: Date, lockedUntil: Date | null): boolean {
  return lockedUntil !== null && lockedUntil.getTime() > now.getTime();
}
