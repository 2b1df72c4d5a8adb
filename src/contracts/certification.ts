import { z } from 'zod';
import { mobileField } from './auth';
import { fileRefSchema } from './onboarding';

export const certificationMethodSchema = z.enum(['legal_person', 'agent']);
export type CertificationMethod = z.infer<typeof certificationMethodSchema>;
export const certificationStateSchema = z.enum(['none', 'submitted', 'approved', 'rejected']);
export type CertificationState = z.infer<typeof certificationStateSchema>;

const personName = z
  .string()
  .trim()
  .min(2, { error: 'validation.personName.length' })
  .max(50, { error: 'validation.personName.length' });
const idNumber = z.string().trim().length(18, { error: 'validation.idNumber.length' });
const fileId = z.string().min(1, { error: 'validation.required' }).max(64);

/** The legal representative, as the provider enters them, before the SMS code. */
export const legalCodeBodySchema = z.object({
  name: personName,
  idNumber,
  mobile: mobileField,
});
export const legalCodeReplySchema = z.object({
  cooldownSeconds: z.number(),
  expiresInSeconds: z.number(),
});
export const legalSubmitBodySchema = legalCodeBodySchema.extend({
  code: z.string().regex(/^\d{6}$/, { error: 'validation.smsCode.format' }),
});

export const agentSubmitBodySchema = z.object({
  agentName: personName,
  agentIdNumber: idNumber,
  idFrontFileId: fileId,
  idBackFileId: fileId,
  attorneyFileId: fileId,
});

export const certUploadKindParamSchema = z.object({ kind: z.enum(['id-image', 'attorney']) });

/** A submission as shown: identity numbers are masked for the provider, full for reviewers. */
export const certificationVersionSchema = z.object({
  version: z.number(),
  method: certificationMethodSchema,
  personName: z.string(),
  idNumber: z.string(),
  mobile: z.string().nullable(),
  verifiedAt: z.string().nullable(),
  files: z.object({
    idFront: fileRefSchema.nullable(),
    idBack: fileRefSchema.nullable(),
    attorney: fileRefSchema.nullable(),
  }),
  submittedAt: z.string(),
  decision: z.enum(['approved', 'rejected']).nullable(),
  reason: z.string().nullable(),
  decidedAt: z.string().nullable(),
});

export const certificationSummarySchema = z.object({
  id: z.string().nullable(),
  state: certificationStateSchema,
  method: certificationMethodSchema.nullable(),
  version: z.number(),
  submittedAt: z.string().nullable(),
  expectedBy: z.string().nullable(),
  decidedAt: z.string().nullable(),
  reason: z.string().nullable(),
});
export type CertificationSummary = z.infer<typeof certificationSummarySchema>;

export const myCertificationReplySchema = certificationSummarySchema.extend({
  required: z.boolean(),
  legalRepNameMasked: z.string(),
  versions: z.array(certificationVersionSchema),
});

// ---- operators ----
export const opsCertificationListQuerySchema = z.object({
  state: certificationStateSchema.exclude(['none']).optional(),
  method: certificationMethodSchema.optional(),
  q: z.string().max(100).optional(),
  page: z.coerce.number().int().min(1).max(10000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});
export const opsCertificationItemSchema = z.object({
  id: z.string(),
  companyName: z.string(),
  method: certificationMethodSchema,
  personNameMasked: z.string(),
  idNumberMasked: z.string(),
  state: certificationStateSchema,
  version: z.number(),
  submittedAt: z.string().nullable(),
  expectedBy: z.string().nullable(),
  workingDaysLeft: z.number().nullable(),
});
export const opsCertificationListReplySchema = z.object({
  items: z.array(opsCertificationItemSchema),
  total: z.number(),
});
export const opsCertificationDetailSchema = certificationSummarySchema.extend({
  id: z.string(),
  companyName: z.string(),
  legalRepName: z.string(),
  legalRepIdNumber: z.string(),
  accountMobileMasked: z.string(),
  workingDaysLeft: z.number().nullable(),
  versions: z.array(certificationVersionSchema),
});

/** 企业信息: the company as onboarded, the legal representative with the ID number masked. */
export const enterpriseReplySchema = z.object({
  companyName: z.string(),
  creditCode: z.string(),
  companyType: z.string(),
  registeredCapitalWan: z.number(),
  establishedOn: z.string(),
  staffSize: z.number(),
  address: z.string(),
  legalRepName: z.string(),
  legalRepIdMasked: z.string(),
  contactName: z.string(),
  contactMobileMasked: z.string(),
  contactEmail: z.string(),
  approvedAt: z.string(),
  certification: certificationSummarySchema,
});
