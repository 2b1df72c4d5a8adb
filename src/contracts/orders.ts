import { z } from 'zod';
import { durationDaysSchema } from './services';

/** What the merchant picks on the service page: one spec row of one package. */
export const specChoiceSchema = z.object({
  packageName: z
    .string({ error: 'validation.required' })
    .min(1, { error: 'validation.required' })
    .max(30),
  version: z
    .string({ error: 'validation.required' })
    .min(1, { error: 'validation.required' })
    .max(30),
  durationDays: durationDaysSchema,
});
export type SpecChoice = z.infer<typeof specChoiceSchema>;

export const createOrderBodySchema = specChoiceSchema.extend({
  serviceId: z.string().min(1).max(64),
  channel: z.enum(['alipay', 'wechat', 'bank_personal', 'bank_corporate']).default('alipay'),
});

export const purchaseKindSchema = z.enum(['new', 'extend', 'replace', 'trial']);

/** Before paying: what the purchase does to the current subscription. */
export const quoteSchema = z.object({
  kind: purchaseKindSchema,
  priceFen: z.number(),
  validFrom: z.string(),
  validUntil: z.string(),
  forfeitDays: z.number(),
  currentVersion: z.string().nullable(),
  currentValidUntil: z.string().nullable(),
});
export type Quote = z.infer<typeof quoteSchema>;
export const quoteQuerySchema = specChoiceSchema.extend({
  durationDays: z.coerce.number({ error: 'validation.number' }).pipe(durationDaysSchema),
});

export const orderStateSchema = z.enum(['pending', 'paid', 'closed', 'refunded']);

export const marketOrderSchema = z.object({
  id: z.string(),
  serviceId: z.string(),
  serviceName: z.string(),
  packageName: z.string(),
  version: z.string(),
  durationDays: z.number(),
  priceFen: z.number(),
  trial: z.boolean(),
  kind: purchaseKindSchema,
  forfeitDays: z.number(),
  state: orderStateSchema,
  cashierUrl: z.string().nullable(),
  expiresAt: z.string().nullable(),
  paidAt: z.string().nullable(),
  refundedAt: z.string().nullable(),
  createdAt: z.string(),
});
export type MarketOrder = z.infer<typeof marketOrderSchema>;
export const marketOrderListSchema = z.object({ items: z.array(marketOrderSchema) });

export const subscriptionViewSchema = z.object({
  id: z.string(),
  serviceId: z.string(),
  serviceName: z.string(),
  mode: z.enum(['purchased', 'authorized']),
  packageName: z.string().nullable(),
  version: z.string().nullable(),
  trial: z.boolean(),
  state: z.enum(['active', 'expired']),
  validFrom: z.string(),
  validUntil: z.string().nullable(),
  daysLeft: z.number().nullable(),
  canRate: z.boolean(),
  rated: z.boolean(),
});
export type SubscriptionView = z.infer<typeof subscriptionViewSchema>;

export const myServicesReplySchema = z.object({
  items: z.array(subscriptionViewSchema),
  notices: z.array(z.object({ id: z.string(), body: z.string(), createdAt: z.string() })),
});
export type MyServicesReply = z.infer<typeof myServicesReplySchema>;

export const useServiceReplySchema = z.object({ launchUrl: z.string() });

export const rateBodySchema = z.object({
  stars: z
    .number({ error: 'validation.number' })
    .int({ error: 'validation.integer' })
    .min(1, { error: 'validation.orders.stars' })
    .max(5, { error: 'validation.orders.stars' }),
  body: z
    .string({ error: 'validation.required' })
    .trim()
    .min(1, { error: 'validation.required' })
    .max(500, { error: 'validation.tooLong' }),
});
export const replyBodySchema = z.object({
  reply: z
    .string({ error: 'validation.required' })
    .trim()
    .min(1, { error: 'validation.required' })
    .max(500, { error: 'validation.tooLong' }),
});
export const hideRatingBodySchema = z.object({
  reason: z
    .string({ error: 'validation.required' })
    .trim()
    .min(2, { error: 'validation.required' })
    .max(500, { error: 'validation.tooLong' }),
});

export const ratingViewSchema = z.object({
  id: z.string(),
  stars: z.number(),
  body: z.string(),
  reply: z.string().nullable(),
  repliedAt: z.string().nullable(),
  hidden: z.boolean(),
  createdAt: z.string(),
  merchantMasked: z.string(),
});
export const ratingsReplySchema = z.object({
  count: z.number(),
  average: z.number().nullable(),
  items: z.array(ratingViewSchema),
});
export type RatingsReply = z.infer<typeof ratingsReplySchema>;

/** Operator console: recent ratings, with the text kept for review even once hidden. */
export const opsRatingSchema = ratingViewSchema.extend({
  serviceId: z.string(),
  serviceName: z.string(),
  text: z.string(),
  hiddenReason: z.string().nullable(),
});
export const opsRatingsReplySchema = z.object({ items: z.array(opsRatingSchema) });
export type OpsRatingsReply = z.infer<typeof opsRatingsReplySchema>;

/** Provider console: orders (mobile masked), subscribers and the settlement view. */
export const providerOrderSchema = marketOrderSchema.extend({
  merchantMasked: z.string(),
  commissionFen: z.number(),
  netFen: z.number(),
  refundableUntil: z.string().nullable(),
  canRefund: z.boolean(),
});
export const providerOrdersReplySchema = z.object({
  items: z.array(providerOrderSchema),
  subscribers: z.array(
    z.object({
      id: z.string(),
      serviceName: z.string(),
      merchantMasked: z.string(),
      mode: z.enum(['purchased', 'authorized']),
      version: z.string().nullable(),
      state: z.enum(['active', 'expired']),
      validUntil: z.string().nullable(),
    }),
  ),
  settlement: z.array(z.object({ date: z.string(), netFen: z.number(), orders: z.number() })),
});
export type ProviderOrdersReply = z.infer<typeof providerOrdersReplySchema>;

/** Open API (`/open/v1/orders`, the buyer's current service). */
export const openOrderSchema = z.object({
  orderId: z.string(),
  serviceId: z.string(),
  packageName: z.string(),
  version: z.string(),
  durationDays: z.number(),
  priceFen: z.number(),
  trial: z.boolean(),
  state: orderStateSchema,
  paidAt: z.string().nullable(),
  createdAt: z.string(),
});
export const openOrderListSchema = z.object({ items: z.array(openOrderSchema) });
export const openSubscriptionSchema = z.object({
  serviceId: z.string(),
  mode: z.enum(['purchased', 'authorized']),
  packageName: z.string().nullable(),
  version: z.string().nullable(),
  validUntil: z.string().nullable(),
  trial: z.boolean(),
  expired: z.boolean(),
});
