import { z } from 'zod';
import { dateStringSchema } from './common';
import { mobileField } from './auth';

export const entityTypeSchema = z.enum(['enterprise', 'sole_proprietor', 'foreign']);
export const companyTypeSchema = z.enum([
  'limited_liability',
  'joint_stock',
  'partnership',
  'sole_investment',
  'state_owned',
  'collective',
  'other_enterprise',
]);
export type CompanyType = z.infer<typeof companyTypeSchema>;

export const applicationStateSchema = z.enum(['draft', 'submitted', 'approved', 'rejected']);
export type ApplicationState = z.infer<typeof applicationStateSchema>;

/** The fields of the basic-information form, all required at submission. */
export const onboardingFieldsSchema = z.object({
  companyName: z
    .string()
    .trim()
    .min(2, { error: 'validation.companyName.length' })
    .max(100, { error: 'validation.companyName.length' }),
  creditCode: z.string().length(18, { error: 'validation.creditCode.length' }),
  companyType: companyTypeSchema,
  registeredCapitalWan: z
    .number({ error: 'validation.number' })
    .positive({ error: 'validation.positive' })
    .max(100_000_000, { error: 'validation.tooLarge' }),
  establishedOn: dateStringSchema,
  staffSize: z
    .number({ error: 'validation.number' })
    .int({ error: 'validation.integer' })
    .min(1, { error: 'validation.positive' })
    .max(10_000_000, { error: 'validation.tooLarge' }),
  address: z
    .string()
    .trim()
    .min(5, { error: 'validation.address.length' })
    .max(200, { error: 'validation.address.length' }),
  legalRepName: z
    .string()
    .trim()
    .min(2, { error: 'validation.personName.length' })
    .max(50, { error: 'validation.personName.length' }),
  legalRepIdNumber: z.string().length(18, { error: 'validation.idNumber.length' }),
  contactName: z
    .string()
    .trim()
    .min(2, { error: 'validation.personName.length' })
    .max(50, { error: 'validation.personName.length' }),
  contactMobile: mobileField,
  contactEmail: z.email({ error: 'validation.email.format' }).max(200),
  licenceFileId: z.string().min(1, { error: 'validation.licence.required' }),
});
export type OnboardingFields = z.infer<typeof onboardingFieldsSchema>;
export const onboardingFieldNames = Object.keys(onboardingFieldsSchema.shape) as Array<
  keyof OnboardingFields
>;

/** A draft may hold any subset; values are only checked for shape, rules run at submission. */
export const onboardingDraftSchema = z
  .object({
    companyName: z.string().max(100),
    creditCode: z.string().max(18),
    companyType: companyTypeSchema,
    registeredCapitalWan: z.number().nonnegative().max(100_000_000),
    establishedOn: z.string().max(10),
    staffSize: z.number().int().nonnegative().max(10_000_000),
    address: z.string().max(200),
    legalRepName: z.string().max(50),
    legalRepIdNumber: z.string().max(18),
    contactName: z.string().max(50),
    contactMobile: z.string().max(11),
    contactEmail: z.string().max(200),
    licenceFileId: z.string().max(64),
  })
  .partial();
export type OnboardingDraft = z.infer<typeof onboardingDraftSchema>;

export const agreementSchema = z.object({
  code: z.string(),
  version: z.string(),
  title: z.string(),
  url: z.string(),
  acceptedAt: z.string().nullable(),
});

export const acceptAgreementsBodySchema = z.object({
  accept: z.array(z.object({ code: z.string().max(64), version: z.string().max(32) })).min(1),
});

export const eligibilityBodySchema = z.object({ entityType: entityTypeSchema });
export const eligibilityReplySchema = z.object({ eligible: z.literal(true) });

export const fileRefSchema = z.object({
  id: z.string(),
  name: z.string(),
  mime: z.string(),
  size: z.number(),
});

export const versionSchema = z.object({
  version: z.number(),
  data: onboardingFieldsSchema.omit({ licenceFileId: true }).extend({ licenceFileId: z.string() }),
  licence: fileRefSchema.nullable(),
  submittedAt: z.string(),
  decision: z.enum(['approved', 'rejected']).nullable(),
  reason: z.string().nullable(),
  fieldReasons: z.record(z.string(), z.string()),
  decidedAt: z.string().nullable(),
});

export const myOnboardingReplySchema = z.object({
  reviewRequired: z.boolean(),
  agreements: z.array(agreementSchema),
  eligibility: z.object({ checked: z.boolean(), refusal: z.string().nullable() }),
  application: z
    .object({
      id: z.string(),
      state: applicationStateSchema,
      draft: onboardingDraftSchema,
      licence: fileRefSchema.nullable(),
      submittedAt: z.string().nullable(),
      expectedBy: z.string().nullable(),
      expectedFrom: z.string().nullable(),
      latest: versionSchema.nullable(),
    })
    .nullable(),
});
export type MyOnboardingReply = z.infer<typeof myOnboardingReplySchema>;

export const submitReplySchema = z.object({
  state: applicationStateSchema,
  expectedBy: z.string().nullable(),
});

// ---- operators ----
export const reviewListQuerySchema = z.object({
  state: applicationStateSchema.optional(),
  q: z.string().max(100).optional(),
  page: z.coerce.number().int().min(1).max(10000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});

export const reviewListItemSchema = z.object({
  id: z.string(),
  companyName: z.string(),
  creditCode: z.string(),
  legalRepIdMasked: z.string(),
  contactMobileMasked: z.string(),
  state: applicationStateSchema,
  version: z.number(),
  submittedAt: z.string().nullable(),
  expectedBy: z.string().nullable(),
  workingDaysLeft: z.number().nullable(),
});
export const reviewListReplySchema = z.object({
  items: z.array(reviewListItemSchema),
  total: z.number(),
});

export const reviewDetailReplySchema = z.object({
  id: z.string(),
  state: applicationStateSchema,
  accountMobileMasked: z.string(),
  expectedBy: z.string().nullable(),
  versions: z.array(versionSchema),
  /** The provider the approval created (null until approved): its penalties are on this page. */
  provider: z.object({ id: z.string(), companyName: z.string() }).nullable(),
});

export const rejectBodySchema = z
  .object({
    reason: z.string().trim().max(500).default(''),
    fieldReasons: z.record(z.string(), z.string().trim().min(1).max(200)).default({}),
  })
  .refine((b) => b.reason.length > 0 || Object.keys(b.fieldReasons).length > 0, {
    error: 'validation.reject.reasonRequired',
    path: ['reason'],
  });
