/**
 * The market's buying rules, pure: what paying for a spec row does to the merchant's current
 * subscription, and the platform's commission on a sale.
 */
export const DAY_MS = 86_400_000;

export type CurrentSubscription = {
  version: string | null;
  trial: boolean;
  validUntil: Date | null;
  state: 'active' | 'expired';
  mode: 'purchased' | 'authorized';
} | null;

export type Plan =
  | {
      ok: true;
      kind: 'new' | 'extend' | 'replace' | 'trial';
      validFrom: Date;
      validUntil: Date;
      forfeitDays: number;
    }
  | { ok: false; code: 'ORDERS.TRIAL_TAKEN' | 'ORDERS.TRIAL_NOT_STACKABLE' };

const live = (c: CurrentSubscription, now: Date) =>
  !!c && c.state === 'active' && !!c.validUntil && c.validUntil > now;

/**
 * The same version bought again extends from the current end; another version (or a paid one
 * after a trial) replaces it from now, giving up the days left; a trial is once and never stacks.
 */
export function planPurchase(
  current: CurrentSubscription,
  spec: { version: string; durationDays: number; trial: boolean },
  now: Date,
  trialTaken: boolean,
): Plan {
  const span = spec.durationDays * DAY_MS;
  if (spec.trial) {
    if (trialTaken) return { ok: false, code: 'ORDERS.TRIAL_TAKEN' };
    if (live(current, now)) return { ok: false, code: 'ORDERS.TRIAL_NOT_STACKABLE' };
    return {
      ok: true,
      kind: 'trial',
      validFrom: now,
      validUntil: new Date(now.getTime() + span),
      forfeitDays: 0,
    };
  }
  if (!live(current, now))
    return {
      ok: true,
      kind: 'new',
      validFrom: now,
      validUntil: new Date(now.getTime() + span),
      forfeitDays: 0,
    };
  const end = current!.validUntil!;
  if (!current!.trial && current!.mode === 'purchased' && current!.version === spec.version)
    return {
      ok: true,
      kind: 'extend',
      validFrom: end,
      validUntil: new Date(end.getTime() + span),
      forfeitDays: 0,
    };
  return {
    ok: true,
    kind: 'replace',
    validFrom: now,
    validUntil: new Date(now.getTime() + span),
    forfeitDays: current!.trial ? 0 : Math.ceil((end.getTime() - now.getTime()) / DAY_MS),
  };
}

export type CommissionPolicy = {
  commissionToolBp: number;
  commissionCappedBp: number;
  commissionCappedMaxFen: number;
  commissionCappedKeywords: string[];
  commissionServiceBp: number;
};

/**
 * The platform's commission in fen (basis points, rounded half up): ERP/WMS/CRM-like categories
 * (by keyword in the category name) at their own rate with a cap per order, other tool
 * categories at the tool rate, operation and service categories at the service rate.
 */
export function commissionFor(
  p: CommissionPolicy,
  category: { type: string; name: string },
  priceFen: number,
): number {
  const rate = (bp: number) => Math.round((priceFen * bp) / 10_000);
  const name = category.name.toUpperCase();
  if (p.commissionCappedKeywords.some((k) => k && name.includes(k.toUpperCase())))
    return Math.min(rate(p.commissionCappedBp), p.commissionCappedMaxFen, priceFen);
  if (category.type === 'tool') return Math.min(rate(p.commissionToolBp), priceFen);
  return Math.min(rate(p.commissionServiceBp), priceFen);
}

/** A paid order may be refunded within the window (calendar months after payment). */
export function refundDeadline(paidAt: Date, months: number): Date {
  const d = new Date(paidAt);
  d.setUTCMonth(d.getUTCMonth() + months);
  return d;
}

/** Whole days (rounded up) from `now` to `until`; 0 once it has passed. */
export const daysLeft = (until: Date, now: Date) =>
  Math.max(0, Math.ceil((until.getTime() - now.getTime()) / DAY_MS));

/** The reminder is due `days` before the end, and only while the subscription is still running. */
export const reminderDue = (until: Date, now: Date, days: number) =>
  until > now && until.getTime() - now.getTime() <= days * DAY_MS;
