import { z } from 'zod';
import { serviceTypeSchema } from './catalog';

export const marketSortSchema = z.enum(['newest', 'sales', 'rating']);
export type MarketSort = z.infer<typeof marketSortSchema>;

const fen = z.coerce
  .number({ error: 'validation.number' })
  .int({ error: 'validation.integer' })
  .min(0, { error: 'validation.invalid' })
  .max(100_000_000_00, { error: 'validation.invalid' });

/** `GET /api/market/search`: all filters optional; without `q` it is a (cached) category listing. */
export const marketSearchQuerySchema = z.object({
  q: z.string().trim().max(50, { error: 'validation.tooLong' }).optional(),
  category: z.string().max(64).optional(),
  type: serviceTypeSchema.optional(),
  minPriceFen: fen.optional(),
  maxPriceFen: fen.optional(),
  sort: marketSortSchema.default('newest'),
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(50).default(20),
});
export type MarketSearchQuery = z.infer<typeof marketSearchQuerySchema>;

/** One service as a result card: the live version's figures, never a draft. */
export const marketListingSchema = z.object({
  id: z.string(),
  name: z.string(),
  shortDescription: z.string(),
  tags: z.array(z.string()),
  providerName: z.string(),
  categoryId: z.string(),
  categoryName: z.string(),
  categoryGroup: z.string(),
  serviceType: serviceTypeSchema,
  mainImageUrl: z.string().nullable(),
  minPriceFen: z.number().int(),
  hasTrial: z.boolean(),
  /** Frozen by an operator: still shown, takes no new orders. */
  orderable: z.boolean(),
  listedAt: z.string(),
  salesCount: z.number().int(),
  ratingCount: z.number().int(),
  /** Average rating (1–5), null before the first rating. */
  rating: z.number().nullable(),
});
export type MarketListing = z.infer<typeof marketListingSchema>;

export const marketSearchReplySchema = z.object({
  items: z.array(marketListingSchema),
  /** Opaque keyset cursor of the next page; null on the last page. */
  nextCursor: z.string().nullable(),
  /** Matching services, counted up to `totalCap`; `totalCapped` says there are more. */
  total: z.number().int(),
  totalCapped: z.boolean(),
});
export type MarketSearchReply = z.infer<typeof marketSearchReplySchema>;

export const marketHomeReplySchema = z.object({
  groups: z.array(
    z.object({
      group: z.string(),
      count: z.number().int(),
      categories: z.array(
        z.object({
          id: z.string(),
          name: z.string(),
          type: serviceTypeSchema,
          count: z.number().int(),
        }),
      ),
      top: z.array(marketListingSchema),
    }),
  ),
});
export type MarketHomeReply = z.infer<typeof marketHomeReplySchema>;
