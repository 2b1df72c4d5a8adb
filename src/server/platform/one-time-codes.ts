import { AppError } from './errors';

/** A refused SMS code, reported on the form's `code` field. */
export const codeError = (code: string) => new AppError(code, 400, { fields: { code } });

/**
 * Refuses another code (429 on the `mobile` field) while the last one, sent at `lastSentAt`, is
 * within `cooldownMs` (`AUTH.SMS_COOLDOWN`, with the seconds to wait), or once `sentToday` codes
 * reached `dailyLimit` (`AUTH.SMS_DAILY_LIMIT`).
 */
export function checkCodeSend(
  now: Date,
  lastSentAt: Date | null,
  sentToday: number,
  limits: { cooldownMs: number; dailyLimit: number },
) {
  const refuse = (code: string, params: Record<string, number>) =>
    new AppError(code, 429, { params, fields: { mobile: code } });
  const wait = lastSentAt ? limits.cooldownMs - (now.getTime() - lastSentAt.getTime()) : 0;
  if (wait > 0) throw refuse('AUTH.SMS_COOLDOWN', { seconds: Math.ceil(wait / 1000) });
  if (sentToday >= limits.dailyLimit)
    throw refuse('AUTH.SMS_DAILY_LIMIT', { limit: limits.dailyLimit });
}

type LiveCode = { id: string; codeHash: string; expiresAt: Date };

/**
 * Checks a typed code (as `hash`) against the newest live code: none or an expired one is
 * `AUTH.SMS_CODE_EXPIRED`; a wrong one counts a try (`countWrongTry` returns the attempts after
 * it) and is `AUTH.SMS_CODE_INVALID`, or `AUTH.SMS_CODE_BURNED` once `maxAttempts` is reached.
 * Returns the code, still to be used once (a failed use is `AUTH.SMS_CODE_EXPIRED` too).
 */
export async function checkLiveCode<T extends LiveCode>(
  live: T | null,
  hash: string,
  now: Date,
  maxAttempts: number,
  countWrongTry: (id: string) => Promise<number>,
): Promise<T> {
  if (!live || live.expiresAt.getTime() <= now.getTime()) throw codeError('AUTH.SMS_CODE_EXPIRED');
  if (live.codeHash !== hash) {
    const attempts = await countWrongTry(live.id);
    throw codeError(attempts >= maxAttempts ? 'AUTH.SMS_CODE_BURNED' : 'AUTH.SMS_CODE_INVALID');
  }
  return live;
}
