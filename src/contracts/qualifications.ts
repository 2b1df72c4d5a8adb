import { z } from 'zod';
import { categoryRequirementsSchema, serviceTypeSchema } from './catalog';
import { fileRefSchema } from './onboarding';

const text = (max: number) => z.string().trim().max(max, { error: 'validation.tooLong' }).nullish();
const fileId = z.string().max(64).nullish();

/** One merchant or anchor the provider incubated (产业带运营-陪跑运营). */
export const incubationProofSchema = z.object({
  name: text(100),
  kind: z.enum(['merchant', 'anchor']).nullish(),
  monthlyGmvYuan: z
    .number({ error: 'validation.number' })
    .min(0, { error: 'validation.invalid' })
    .max(1_000_000_000_000, { error: 'validation.tooLarge' })
    .nullish(),
  screenshotFileId: fileId,
});
export type IncubationProof = z.infer<typeof incubationProofSchema>;

/** 公司能力、团队人员配置、成功案例、优势. */
export const companyProfileSchema = z.object({
  capability: text(2000),
  team: text(2000),
  cases: text(2000),
  strengths: text(2000),
});
export const companyProfileFields = ['capability', 'team', 'cases', 'strengths'] as const;

export const caseStudySchema = z.object({
  title: text(100),
  description: text(2000),
  fileId,
});

/**
 * What a provider hands in for a category. A draft may hold any part; at submission the
 * category's requirements decide what must be there.
 */
export const materialsSchema = z.object({
  incubationProofs: z.array(incubationProofSchema).max(50).nullish(),
  outreachProofFileIds: z.array(z.string().max(64)).max(20).nullish(),
  companyProfile: companyProfileSchema.nullish(),
  deckFileId: fileId,
  mrdPrdFileId: fileId,
  customerService5x8Confirmed: z.boolean().nullish(),
  caseStudies: z.array(caseStudySchema).max(20).nullish(),
});
export type Materials = z.infer<typeof materialsSchema>;

export const qualificationModeSchema = z.enum(['per_category', 'app_category']);
export const qualificationStateSchema = z.enum([
  'draft',
  'submitted',
  'approved',
  'rejected',
  'withdrawn',
  /** Revoked by an operator (SPEC §7 penalty): the provider must apply again. */
  'revoked',
]);
export type QualificationState = z.infer<typeof qualificationStateSchema>;

/** The category as it was when an application was submitted. */
export const categorySnapshotSchema = categoryRequirementsSchema.extend({
  categoryId: z.string(),
  group: z.string(),
  name: z.string(),
  type: serviceTypeSchema,
  depositFen: z.number(),
});
export type CategorySnapshot = z.infer<typeof categorySnapshotSchema>;

export const uploadKindSchema = z.enum(['screenshot', 'document', 'deck']);
export const uploadKindParamSchema = z.object({ kind: uploadKindSchema });

export const createQualificationBodySchema = z.object({
  serviceType: serviceTypeSchema,
  categoryId: z.string().min(1, { error: 'validation.required' }).max(64),
});
export const saveMaterialsBodySchema = z.object({ materials: materialsSchema });
export const submitQualificationBodySchema = z.object({ materials: materialsSchema.optional() });

export const qualificationVersionSchema = z.object({
  version: z.number(),
  requirements: categorySnapshotSchema,
  materials: materialsSchema,
  submittedAt: z.string(),
  decision: z.enum(['approved', 'rejected']).nullable(),
  reason: z.string().nullable(),
  decidedAt: z.string().nullable(),
});

export const qualificationSummarySchema = z.object({
  id: z.string(),
  categoryId: z.string(),
  categoryGroup: z.string(),
  categoryName: z.string(),
  serviceType: serviceTypeSchema,
  state: qualificationStateSchema,
  version: z.number(),
  createdAt: z.string(),
  submittedAt: z.string().nullable(),
  expectedFrom: z.string().nullable(),
  expectedBy: z.string().nullable(),
  decidedAt: z.string().nullable(),
  reason: z.string().nullable(),
});
export type QualificationSummary = z.infer<typeof qualificationSummarySchema>;

export const qualificationDetailSchema = qualificationSummarySchema.extend({
  /** Live requirements for a draft; the frozen snapshot once submitted. */
  requirements: categorySnapshotSchema,
  draft: materialsSchema,
  files: z.record(z.string(), fileRefSchema),
  versions: z.array(qualificationVersionSchema),
  canWithdraw: z.boolean(),
});
export type QualificationDetail = z.infer<typeof qualificationDetailSchema>;

export const categoryOptionSchema = categoryRequirementsSchema.extend({
  id: z.string(),
  group: z.string(),
  name: z.string(),
  type: serviceTypeSchema,
  depositFen: z.number(),
  /** Why it cannot be chosen now, each in the request's language; empty = it can. */
  refusals: z.array(z.object({ code: z.string(), message: z.string() })),
});
export const qualificationOptionsReplySchema = z.object({
  mode: qualificationModeSchema,
  serviceTypes: z.array(serviceTypeSchema),
  hasOnlineApp: z.boolean(),
  categories: z.array(categoryOptionSchema),
});
export type QualificationOptions = z.infer<typeof qualificationOptionsReplySchema>;

// ---- operators ----
export const opsQualificationListQuerySchema = z.object({
  state: qualificationStateSchema.optional(),
  serviceType: serviceTypeSchema.optional(),
  q: z.string().max(100).optional(),
  page: z.coerce.number().int().min(1).max(10000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});
export const opsQualificationItemSchema = z.object({
  id: z.string(),
  companyName: z.string(),
  categoryGroup: z.string(),
  categoryName: z.string(),
  serviceType: serviceTypeSchema,
  state: qualificationStateSchema,
  version: z.number(),
  submittedAt: z.string().nullable(),
  expectedBy: z.string().nullable(),
  workingDaysLeft: z.number().nullable(),
});
export const opsQualificationListReplySchema = z.object({
  items: z.array(opsQualificationItemSchema),
  total: z.number(),
});
export const opsQualificationDetailSchema = qualificationSummarySchema.extend({
  companyName: z.string(),
  accountMobileMasked: z.string(),
  company: z.object({
    registeredCapitalWan: z.number().nullable(),
    establishedOn: z.string().nullable(),
    staffSize: z.number().nullable(),
  }),
  workingDaysLeft: z.number().nullable(),
  files: z.record(z.string(), fileRefSchema),
  versions: z.array(qualificationVersionSchema),
});

export const reviewReasonBodySchema = z.object({
  reason: z
    .string()
    .trim()
    .min(1, { error: 'validation.reject.reasonRequired' })
    .max(500, { error: 'validation.tooLong' }),
});
