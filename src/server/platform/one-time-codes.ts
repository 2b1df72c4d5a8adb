import { AppError } from './errors';

/** A refused SMS code, reported on the form's `code` field. */
export const codeError = (code: string) => new AppError(code, 400, { fields: { code } });

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
