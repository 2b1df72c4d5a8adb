import { describe, expect, it } from 'vitest';
import { AppError } from './errors';
import { checkCodeSend } from './one-time-codes';

const limits = { cooldownMs: 60_000, dailyLimit: 10 };
const now = new Date('2026-12-07T10:00:00Z');
const ago = (ms: number) => new Date(now.getTime() - ms);

function refusal(lastSentAt: Date | null, sentToday: number) {
  try {
    checkCodeSend(now, lastSentAt, sentToday, limits);
    return null;
  } catch (e) {
    if (!(e instanceof AppError)) throw e;
    return { code: e.code, status: e.status, params: e.params, fields: e.fields };
  }
}

describe('checkCodeSend', () => {
  it('allows the first code and one after the cooldown, below the daily limit', () => {
    expect(refusal(null, 0)).toBeNull();
    expect(refusal(ago(60_000), 9)).toBeNull();
  });

  it('refuses within the cooldown with the whole seconds left to wait', () => {
    expect(refusal(ago(58_500), 1)).toEqual({
      code: 'AUTH.SMS_COOLDOWN',
      status: 429,
      params: { seconds: 2 },
      fields: { mobile: 'AUTH.SMS_COOLDOWN' },
    });
  });

  it('refuses at the daily limit once the cooldown is over', () => {
    expect(refusal(ago(3_600_000), 10)).toMatchObject({
      code: 'AUTH.SMS_DAILY_LIMIT',
      status: 429,
      params: { limit: 10 },
    });
  });
});
