import { describe, expect, it } from 'vitest';
import { commissionFor, daysLeft, planPurchase, refundDeadline, reminderDue } from './orders.rules';

const now = new Date('2026-11-25T02:00:00Z');
const days = (n: number) => new Date(now.getTime() + n * 86_400_000);
const sub = (over: Partial<NonNullable<Parameters<typeof planPurchase>[0]>> = {}) => ({
  version: '标准版',
  trial: false,
  validUntil: days(10),
  state: 'active' as const,
  mode: 'purchased' as const,
  ...over,
});
const spec = { version: '标准版', durationDays: 92, trial: false };
const policy = {
  commissionToolBp: 2000,
  commissionCappedBp: 1500,
  commissionCappedMaxFen: 30_000,
  commissionCappedKeywords: ['ERP', 'WMS', 'CRM'],
  commissionServiceBp: 60,
};

describe('planPurchase', () => {
  it('starts a new subscription from now when there is none or it ended', () => {
    expect(planPurchase(null, spec, now, false)).toMatchObject({
      kind: 'new',
      validFrom: now,
      validUntil: days(92),
    });
    expect(
      planPurchase(sub({ validUntil: days(-1), state: 'expired' }), spec, now, false),
    ).toMatchObject({ kind: 'new', validUntil: days(92) });
  });
  it('extends the same version from its current end', () => {
    expect(planPurchase(sub(), spec, now, false)).toMatchObject({
      kind: 'extend',
      validFrom: days(10),
      validUntil: days(102),
      forfeitDays: 0,
    });
  });
  it('replaces another version from now and says how many days are given up', () => {
    expect(planPurchase(sub({ version: '旗舰版' }), spec, now, false)).toMatchObject({
      kind: 'replace',
      validFrom: now,
      validUntil: days(92),
      forfeitDays: 10,
    });
  });
  it('a paid version after a trial replaces the trial without counting it as given up', () => {
    expect(planPurchase(sub({ trial: true }), spec, now, true)).toMatchObject({
      kind: 'replace',
      forfeitDays: 0,
    });
  });
  it('takes a trial once and never on top of a running subscription', () => {
    const trial = { ...spec, durationDays: 31, trial: true };
    expect(planPurchase(null, trial, now, false)).toMatchObject({ kind: 'trial' });
    expect(planPurchase(null, trial, now, true)).toEqual({ ok: false, code: 'ORDERS.TRIAL_TAKEN' });
    expect(planPurchase(sub(), trial, now, false)).toEqual({
      ok: false,
      code: 'ORDERS.TRIAL_NOT_STACKABLE',
    });
  });
});

describe('commissionFor', () => {
  it('tool categories pay 20 %', () => {
    expect(commissionFor(policy, { type: 'tool', name: '吸粉引流' }, 9900)).toBe(1980);
  });
  it('ERP/WMS/CRM categories pay 15 % capped at 300 yuan', () => {
    expect(commissionFor(policy, { type: 'tool', name: '电商ERP' }, 100_000)).toBe(15_000);
    expect(commissionFor(policy, { type: 'tool', name: 'WMS系统' }, 1_000_000)).toBe(30_000);
  });
  it('service and operation categories pay 0.6 %, rounded half up', () => {
    expect(commissionFor(policy, { type: 'service', name: '店铺装修' }, 129_900)).toBe(779);
    expect(commissionFor(policy, { type: 'operation', name: '代运营' }, 250)).toBe(2);
  });
  it('a free spec row pays nothing', () => {
    expect(commissionFor(policy, { type: 'tool', name: '吸粉引流' }, 0)).toBe(0);
  });
});

describe('dates', () => {
  it('refund window is calendar months after payment', () => {
    expect(refundDeadline(new Date('2026-01-31T00:00:00Z'), 1).toISOString()).toBe(
      '2026-03-03T00:00:00.000Z',
    );
    expect(refundDeadline(now, 1).toISOString()).toBe('2026-12-25T02:00:00.000Z');
  });
  it('days left round up and stop at zero; the reminder is due within the last days', () => {
    expect(daysLeft(days(4.2), now)).toBe(5);
    expect(daysLeft(days(-1), now)).toBe(0);
    expect(reminderDue(days(5), now, 5)).toBe(true);
    expect(reminderDue(days(5.1), now, 5)).toBe(false);
    expect(reminderDue(days(-0.1), now, 5)).toBe(false);
  });
});
