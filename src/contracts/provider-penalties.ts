import { z } from 'zod';
import { penaltyReasonSchema } from './services';

/** Provider-level operator penalties (SPEC §7). Only a publishing freeze can be lifted. */
export const providerPenaltyKindSchema = z.enum(['freeze_publishing', 'revoke_category', 'expel']);
export type ProviderPenaltyKind = z.infer<typeof providerPenaltyKindSchema>;

export const providerPenaltyBodySchema = z
  .object({
    kind: providerPenaltyKindSchema,
    reason: penaltyReasonSchema,
    categoryId: z.string().trim().min(1).optional(),
  })
  .refine((b) => b.kind !== 'revoke_category' || !!b.categoryId, {
    error: 'validation.required',
    path: ['categoryId'],
  });

export const liftProviderPenaltyBodySchema = z.object({
  kind: z.literal('freeze_publishing'),
  reason: penaltyReasonSchema,
});

export const providerPenaltyViewSchema = z.object({
  kind: providerPenaltyKindSchema,
  reason: z.string(),
  at: z.string(),
  categoryId: z.string().nullable(),
  categoryName: z.string().nullable(),
  liftedAt: z.string().nullable(),
  liftReason: z.string().nullable(),
});
export type ProviderPenaltyView = z.infer<typeof providerPenaltyViewSchema>;

/** What the operator's panel and the provider's console show of a provider's standing. */
export const providerStandingSchema = z.object({
  providerId: z.string(),
  companyName: z.string(),
  publishingFrozen: z.boolean(),
  expelled: z.boolean(),
  penalties: z.array(providerPenaltyViewSchema),
  approvedCategories: z.array(z.object({ categoryId: z.string(), name: z.string() })),
});
export type ProviderStanding = z.infer<typeof providerStandingSchema>;
