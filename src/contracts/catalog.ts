import { z } from 'zod';

export const platformSchema = z.enum(['kuaishou', 'xiaohongshu']);
export const serviceTypeSchema = z.enum(['tool', 'operation', 'service']);
export type ServiceType = z.infer<typeof serviceTypeSchema>;

/**
 * Category-specific proofs beyond the published thresholds (seed §二 1.1):
 * `incubation` = 产业带运营-陪跑运营, `outreach` = 产业带运营-线索地推.
 */
export const proofKindSchema = z.enum(['incubation', 'outreach']);
export type ProofKind = z.infer<typeof proofKindSchema>;

const count = z
  .number({ error: 'validation.number' })
  .int({ error: 'validation.integer' })
  .min(0, { error: 'validation.invalid' })
  .max(100_000, { error: 'validation.tooLarge' });

/** What a category asks of an applicant; copied into each submitted application. */
export const categoryRequirementsSchema = z.object({
  minRegisteredCapitalWan: z
    .number({ error: 'validation.number' })
    .min(0, { error: 'validation.invalid' })
    .max(100_000_000, { error: 'validation.tooLarge' })
    .nullable(),
  minYearsRegistered: count.nullable(),
  minStaff: count.nullable(),
  minCaseStudies: count.nullable(),
  requiresMrdPrd: z.boolean(),
  requiresCustomerService5x8: z.boolean(),
  proofKind: proofKindSchema.nullable(),
});
export type CategoryRequirements = z.infer<typeof categoryRequirementsSchema>;

export const categoryDetailSchema = categoryRequirementsSchema.extend({
  id: z.string(),
  platform: platformSchema,
  group: z.string(),
  name: z.string(),
  type: serviceTypeSchema,
  depositFen: z.number(),
  note: z.string().nullable(),
  retired: z.boolean(),
  updatedAt: z.string().nullable(),
});
export type CategoryDetail = z.infer<typeof categoryDetailSchema>;

const label = z
  .string()
  .trim()
  .min(1, { error: 'validation.required' })
  .max(50, { error: 'validation.tooLong' });

/** An operator's new category. */
export const categoryCreateBodySchema = categoryRequirementsSchema.extend({
  platform: platformSchema,
  group: label,
  name: label,
  type: serviceTypeSchema,
  depositFen: z
    .number({ error: 'validation.number' })
    .int({ error: 'validation.integer' })
    .min(0, { error: 'validation.invalid' })
    .max(1_000_000_000, { error: 'validation.tooLarge' }),
  note: z.string().trim().max(500, { error: 'validation.tooLong' }).nullable().default(null),
});
export type CategoryCreateBody = z.infer<typeof categoryCreateBodySchema>;

/** An operator's edit: any field but the platform. */
export const categoryUpdateBodySchema = categoryCreateBodySchema.omit({ platform: true }).partial();
export type CategoryUpdateBody = z.infer<typeof categoryUpdateBodySchema>;

export const opsCategoryListQuerySchema = z.object({
  platform: platformSchema.optional(),
  type: serviceTypeSchema.optional(),
  q: z.string().max(50).optional(),
  retired: z.enum(['true', 'false']).optional(),
});
export const opsCategoryListReplySchema = z.object({ items: z.array(categoryDetailSchema) });
