import { z } from 'zod';

/** The marketplace policy (SPEC §1). Every key is editable by an operator; presets are defaults. */
export const policySchema = z.object({
  preset: z.enum(['kuaishou', 'xiaohongshu']),
  onboardingReview: z.boolean(),
  onboardingReviewDaysMin: z.number().int().min(0).max(60),
  onboardingReviewDaysMax: z.number().int().min(0).max(60),
  onboardingResultChannel: z.enum(['sms', 'email']),
  serviceTypes: z.array(z.enum(['tool', 'operation', 'service'])).min(1),
  qualificationMode: z.enum(['per_category', 'app_category']),
  depositRule: z.enum(['highest', 'sum']),
  depositPayment: z.enum(['online', 'offline']),
  depositOrderMinutes: z
    .number()
    .int()
    .min(1)
    .max(24 * 60),
  depositWithdrawal: z.enum(['online', 'ticket']),
  serviceReviewDaysMin: z.number().int().min(0).max(60),
  serviceReviewDaysMax: z.number().int().min(0).max(60),
  serviceReviewChannel: z.enum(['sms', 'email']),
  afterApproval: z.enum(['pending_listing', 'listed']),
  editListed: z.enum(['delist_first', 'keep_old_version']),
  purchase: z.enum(['online', 'offline']),
  oauthCodeSeconds: z.number().int().min(10).max(3600),
  oauthAccessSeconds: z.number().int().min(60),
  oauthRefreshSeconds: z.number().int().min(60),
  maxAppsPerAccount: z.number().int().min(0).nullable(),
  lockApprovedCategory: z.boolean(),
  oneServicePerCategory: z.boolean(),
  serviceNameMaxChars: z.number().int().min(1).nullable(),
  serviceTagsExactly: z.number().int().min(0).nullable(),
  shortDescriptionMaxChars: z.number().int().min(1).nullable(),
  forbiddenWords: z.array(z.string().min(1)),
  /** Service images: accepted formats, smallest side in px, main image square (1:1), size cap. */
  serviceImageFormats: z.array(z.enum(['jpg', 'png'])).min(1),
  serviceImageMinPx: z.number().int().min(1).max(10_000).nullable(),
  serviceImageSquare: z.boolean(),
  serviceImageMaxKb: z
    .number()
    .int()
    .min(1)
    .max(20 * 1024),
  /** Platform commission per sale, in basis points (1 bp = 0.01 %), by category kind. */
  commissionToolBp: z.number().int().min(0).max(10_000),
  commissionCappedBp: z.number().int().min(0).max(10_000),
  commissionCappedMaxFen: z.number().int().min(0),
  /** Category names containing one of these (ERP/WMS/CRM) take the capped rate. */
  commissionCappedKeywords: z.array(z.string().min(1)),
  commissionServiceBp: z.number().int().min(0).max(10_000),
  /** Days before a subscription ends that the merchant is reminded (SMS and in-site). */
  subscriptionReminderDays: z.number().int().min(0).max(60),
  /** A paid market order may be refunded within this many months. */
  refundWindowMonths: z.number().int().min(0).max(12),
});
export type Policy = z.infer<typeof policySchema>;
export type PolicyKey = Exclude<keyof Policy, 'preset'>;

const HOUR = 3600;
const DAY = 24 * HOUR;

export const policyPresets: Record<Policy['preset'], Policy> = {
  kuaishou: {
    preset: 'kuaishou',
    onboardingReview: true,
    onboardingReviewDaysMin: 3,
    onboardingReviewDaysMax: 5,
    onboardingResultChannel: 'sms',
    serviceTypes: ['tool', 'operation', 'service'],
    qualificationMode: 'per_category',
    depositRule: 'highest',
    depositPayment: 'online',
    depositOrderMinutes: 60,
    depositWithdrawal: 'online',
    serviceReviewDaysMin: 1,
    serviceReviewDaysMax: 3,
    serviceReviewChannel: 'email',
    afterApproval: 'pending_listing',
    editListed: 'delist_first',
    purchase: 'online',
    oauthCodeSeconds: 120,
    oauthAccessSeconds: 48 * HOUR,
    oauthRefreshSeconds: 180 * DAY,
    maxAppsPerAccount: 5,
    lockApprovedCategory: true,
    oneServicePerCategory: false,
    serviceNameMaxChars: null,
    serviceTagsExactly: null,
    shortDescriptionMaxChars: null,
    forbiddenWords: ['快手', '官方', '测试', '试用'],
    serviceImageFormats: ['jpg'],
    serviceImageMinPx: 500,
    serviceImageSquare: true,
    serviceImageMaxKb: 5 * 1024,
    commissionToolBp: 2000,
    commissionCappedBp: 1500,
    commissionCappedMaxFen: 30_000,
    commissionCappedKeywords: ['ERP', 'WMS', 'CRM'],
    commissionServiceBp: 60,
    subscriptionReminderDays: 5,
    refundWindowMonths: 1,
  },
  xiaohongshu: {
    preset: 'xiaohongshu',
    onboardingReview: false,
    onboardingReviewDaysMin: 0,
    onboardingReviewDaysMax: 0,
    onboardingResultChannel: 'sms',
    serviceTypes: ['tool'],
    qualificationMode: 'app_category',
    depositRule: 'sum',
    depositPayment: 'offline',
    depositOrderMinutes: 60,
    depositWithdrawal: 'ticket',
    serviceReviewDaysMin: 1,
    serviceReviewDaysMax: 6,
    serviceReviewChannel: 'sms',
    afterApproval: 'listed',
    editListed: 'keep_old_version',
    purchase: 'offline',
    oauthCodeSeconds: 600,
    oauthAccessSeconds: 7 * DAY,
    oauthRefreshSeconds: 14 * DAY,
    maxAppsPerAccount: null,
    lockApprovedCategory: false,
    oneServicePerCategory: true,
    serviceNameMaxChars: 15,
    serviceTagsExactly: 3,
    shortDescriptionMaxChars: 100,
    forbiddenWords: ['小红书', '官方', '测试'],
    serviceImageFormats: ['jpg', 'png'],
    serviceImageMinPx: null,
    serviceImageSquare: false,
    serviceImageMaxKb: 5 * 1024,
    commissionToolBp: 2000,
    commissionCappedBp: 1500,
    commissionCappedMaxFen: 30_000,
    commissionCappedKeywords: ['ERP', 'WMS', 'CRM'],
    commissionServiceBp: 60,
    subscriptionReminderDays: 5,
    refundWindowMonths: 1,
  },
};

/** A partial update by an operator; the preset name itself is not editable. */
export const policyUpdateSchema = policySchema.omit({ preset: true }).partial();
