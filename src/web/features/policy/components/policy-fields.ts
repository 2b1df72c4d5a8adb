import type { Policy, PolicyKey } from '../deps';

type OptionValue =
  | Policy['serviceTypes'][number]
  | Policy['serviceImageFormats'][number]
  | Extract<Policy[PolicyKey], string>;

export type PolicyFieldSpec =
  | { kind: 'switch' }
  | { kind: 'number'; min: number; max?: number; nullable?: boolean; unit: PolicyUnit }
  | { kind: 'select'; options: readonly OptionValue[] }
  | { kind: 'multiple'; options: readonly OptionValue[] }
  | { kind: 'tags' };

export type PolicyUnit =
  | 'days'
  | 'minutes'
  | 'seconds'
  | 'chars'
  | 'count'
  | 'px'
  | 'kb'
  | 'bp'
  | 'fen'
  | 'calendarDays'
  | 'months';
export type PolicySection = 'onboarding' | 'qualification' | 'deposit' | 'service' | 'trade';

const channel = { kind: 'select', options: ['sms', 'email'] } as const;
const days = { kind: 'number', min: 0, max: 60, unit: 'days' } as const;
const seconds = (min: number, max?: number) =>
  ({ kind: 'number', min, max, unit: 'seconds' }) as const;
const limit = (unit: PolicyUnit) => ({ kind: 'number', min: 1, nullable: true, unit }) as const;

/** Every policy key (the Record type makes a missing key a compile error), in display order. */
export const policyFields: Record<PolicyKey, { section: PolicySection; spec: PolicyFieldSpec }> = {
  onboardingReview: { section: 'onboarding', spec: { kind: 'switch' } },
  onboardingReviewDaysMin: { section: 'onboarding', spec: days },
  onboardingReviewDaysMax: { section: 'onboarding', spec: days },
  onboardingResultChannel: { section: 'onboarding', spec: channel },
  serviceTypes: {
    section: 'qualification',
    spec: { kind: 'multiple', options: ['tool', 'operation', 'service'] },
  },
  qualificationMode: {
    section: 'qualification',
    spec: { kind: 'select', options: ['per_category', 'app_category'] },
  },
  lockApprovedCategory: { section: 'qualification', spec: { kind: 'switch' } },
  depositRule: { section: 'deposit', spec: { kind: 'select', options: ['highest', 'sum'] } },
  depositPayment: { section: 'deposit', spec: { kind: 'select', options: ['online', 'offline'] } },
  depositOrderMinutes: {
    section: 'deposit',
    spec: { kind: 'number', min: 1, max: 24 * 60, unit: 'minutes' },
  },
  depositWithdrawal: {
    section: 'deposit',
    spec: { kind: 'select', options: ['online', 'ticket'] },
  },
  serviceReviewDaysMin: { section: 'service', spec: days },
  serviceReviewDaysMax: { section: 'service', spec: days },
  serviceReviewChannel: { section: 'service', spec: channel },
  afterApproval: {
    section: 'service',
    spec: { kind: 'select', options: ['pending_listing', 'listed'] },
  },
  editListed: {
    section: 'service',
    spec: { kind: 'select', options: ['delist_first', 'keep_old_version'] },
  },
  maxAppsPerAccount: { section: 'service', spec: { ...limit('count'), min: 0 } },
  oneServicePerCategory: { section: 'service', spec: { kind: 'switch' } },
  serviceNameMaxChars: { section: 'service', spec: limit('chars') },
  serviceTagsExactly: { section: 'service', spec: { ...limit('count'), min: 0 } },
  shortDescriptionMaxChars: { section: 'service', spec: limit('chars') },
  forbiddenWords: { section: 'service', spec: { kind: 'tags' } },
  serviceImageFormats: { section: 'service', spec: { kind: 'multiple', options: ['jpg', 'png'] } },
  serviceImageMinPx: { section: 'service', spec: { ...limit('px'), max: 10_000 } },
  serviceImageSquare: { section: 'service', spec: { kind: 'switch' } },
  serviceImageMaxKb: {
    section: 'service',
    spec: { kind: 'number', min: 1, max: 20480, unit: 'kb' },
  },
  purchase: { section: 'trade', spec: { kind: 'select', options: ['online', 'offline'] } },
  oauthCodeSeconds: { section: 'trade', spec: seconds(10, 3600) },
  oauthAccessSeconds: { section: 'trade', spec: seconds(60) },
  oauthRefreshSeconds: { section: 'trade', spec: seconds(60) },
  commissionToolBp: { section: 'trade', spec: { kind: 'number', min: 0, max: 10_000, unit: 'bp' } },
  commissionCappedBp: {
    section: 'trade',
    spec: { kind: 'number', min: 0, max: 10_000, unit: 'bp' },
  },
  commissionCappedMaxFen: { section: 'trade', spec: { kind: 'number', min: 0, unit: 'fen' } },
  commissionCappedKeywords: { section: 'trade', spec: { kind: 'tags' } },
  commissionServiceBp: {
    section: 'trade',
    spec: { kind: 'number', min: 0, max: 10_000, unit: 'bp' },
  },
  subscriptionReminderDays: {
    section: 'trade',
    spec: { kind: 'number', min: 0, max: 60, unit: 'calendarDays' },
  },
  refundWindowMonths: {
    section: 'trade',
    spec: { kind: 'number', min: 0, max: 12, unit: 'months' },
  },
};

export const policySections: PolicySection[] = [
  'onboarding',
  'qualification',
  'deposit',
  'service',
  'trade',
];

export const policyKeys = Object.keys(policyFields) as PolicyKey[];

/** 172800 → { days: 2, hours: 0, minutes: 0 }: a readable form of a lifetime in seconds. */
export function splitSeconds(total: number) {
  return {
    days: Math.floor(total / 86400),
    hours: Math.floor((total % 86400) / 3600),
    minutes: Math.floor((total % 3600) / 60),
  };
}
