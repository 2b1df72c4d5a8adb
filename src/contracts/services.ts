import { z } from 'zod';
import { serviceTypeSchema } from './catalog';

/** Package durations (SPEC §7): 1, 3, 6, 12 months = 31, 92, 183, 365 days. */
export const SERVICE_DURATIONS = [31, 92, 183, 365] as const;
export const durationDaysSchema = z.union(
  SERVICE_DURATIONS.map((d) => z.literal(d)) as unknown as [
    z.ZodLiteral<31>,
    z.ZodLiteral<92>,
    z.ZodLiteral<183>,
    z.ZodLiteral<365>,
  ],
  { error: 'validation.service.duration' },
);

const text = (max: number) => z.string().trim().max(max, { error: 'validation.tooLong' });

/** One spec row (规格) of a package: version, duration, price in fen, trial flag. */
export const serviceSpecSchema = z.object({
  version: text(30),
  durationDays: durationDaysSchema,
  priceFen: z
    .number({ error: 'validation.number' })
    .int({ error: 'validation.integer' })
    .min(0, { error: 'validation.invalid' })
    .max(100_000_000, { error: 'validation.tooLarge' }),
  trial: z.boolean(),
});
export type ServiceSpec = z.infer<typeof serviceSpecSchema>;

/** A package (服务套餐) with its spec rows. */
export const servicePackageSchema = z.object({
  name: text(30),
  specs: z.array(serviceSpecSchema).max(20),
});
export type ServicePackage = z.infer<typeof servicePackageSchema>;

/**
 * A service's content: what a version freezes. A draft may be incomplete; submission checks
 * the required fields and the policy's limits.
 */
export const serviceContentSchema = z.object({
  classification: text(30),
  name: text(60),
  shortDescription: text(300),
  descriptionHtml: z.string().max(50_000, { error: 'validation.tooLong' }),
  mainImageFileId: z.string().max(64).nullable(),
  galleryFileIds: z.array(z.string().max(64)).max(6, { error: 'validation.service.gallery' }),
  tags: z.array(text(12).min(1, { error: 'validation.required' })).max(10),
  packages: z.array(servicePackageSchema).max(10),
});
export type ServiceContent = z.infer<typeof serviceContentSchema>;

export const emptyServiceContent = (): ServiceContent => ({
  classification: '',
  name: '',
  shortDescription: '',
  descriptionHtml: '',
  mainImageFileId: null,
  galleryFileIds: [],
  tags: [],
  packages: [],
});

export const reviewStateSchema = z.enum(['draft', 'in_review', 'rejected', 'approved']);
export type ServiceReviewState = z.infer<typeof reviewStateSchema>;
export const listingStateSchema = z.enum(['unlisted', 'pending_listing', 'listed', 'delisted']);
export type ServiceListingState = z.infer<typeof listingStateSchema>;
export const penaltyKindSchema = z.enum(['hide', 'delist', 'freeze', 'purge']);
export type PenaltyKind = z.infer<typeof penaltyKindSchema>;
/** The penalties an operator may lift; delist, purge (and a provider's expulsion) are final. */
export const liftableKindSchema = z.enum(['hide', 'freeze']);
export type LiftableKind = z.infer<typeof liftableKindSchema>;

export const precheckKeySchema = z.enum([
  'requiredFields',
  'forbiddenWords',
  'images',
  'deposit',
  'authorization',
]);
export type PrecheckKey = z.infer<typeof precheckKeySchema>;

/** One automatic pre-check's result; `message` is in the reader's language. */
export const precheckSchema = z.object({
  key: precheckKeySchema,
  ok: z.boolean(),
  code: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
  message: z.string(),
});
export type Precheck = z.infer<typeof precheckSchema>;

export const imageRefSchema = z.object({
  id: z.string(),
  url: z.string(),
  width: z.number(),
  height: z.number(),
  mime: z.string(),
  size: z.number(),
});

export const serviceVersionSchema = z.object({
  id: z.string(),
  version: z.number(),
  content: serviceContentSchema,
  prechecks: z.array(precheckSchema),
  submittedAt: z.string(),
  expectedBy: z.string().nullable(),
  decision: z.enum(['approved', 'rejected']).nullable(),
  reason: z.string().nullable(),
  decidedBy: z.string().nullable(),
  decidedAt: z.string().nullable(),
});
export type ServiceVersionView = z.infer<typeof serviceVersionSchema>;

export const penaltyViewSchema = z.object({
  kind: penaltyKindSchema,
  reason: z.string(),
  at: z.string(),
  liftedAt: z.string().nullable(),
  liftReason: z.string().nullable(),
});

export const serviceSummarySchema = z.object({
  id: z.string(),
  name: z.string(),
  categoryId: z.string(),
  categoryName: z.string(),
  serviceType: serviceTypeSchema,
  appId: z.string().nullable(),
  appName: z.string().nullable(),
  review: reviewStateSchema,
  listing: listingStateSchema,
  hidden: z.boolean(),
  frozen: z.boolean(),
  purged: z.boolean(),
  submittedAt: z.string().nullable(),
  expectedBy: z.string().nullable(),
  updatedAt: z.string(),
});
export type ServiceSummary = z.infer<typeof serviceSummarySchema>;

export const serviceDetailSchema = serviceSummarySchema.extend({
  draft: serviceContentSchema,
  images: z.record(z.string(), imageRefSchema),
  live: serviceVersionSchema.nullable(),
  pending: serviceVersionSchema.nullable(),
  latest: serviceVersionSchema.nullable(),
  versions: z.array(serviceVersionSchema),
  queuePosition: z.number().nullable(),
  workingDaysLeft: z.number().nullable(),
  accessUrl: z.string().nullable(),
  visibleOnMarket: z.boolean(),
  draftChanged: z.boolean(),
  canEdit: z.boolean(),
  canSubmit: z.boolean(),
  canList: z.boolean(),
  canDelist: z.boolean(),
  deposit: z.object({ requiredFen: z.number(), held: z.boolean() }),
  penalties: z.array(penaltyViewSchema),
});
export type ServiceDetail = z.infer<typeof serviceDetailSchema>;

export const serviceListReplySchema = z.object({ items: z.array(serviceSummarySchema) });

/** What "new service" (新增服务) may start from. */
export const serviceOptionsSchema = z.object({
  mode: z.enum(['category', 'app']),
  categories: z.array(
    z.object({
      id: z.string(),
      group: z.string(),
      name: z.string(),
      type: serviceTypeSchema,
      depositFen: z.number(),
      taken: z.boolean(),
    }),
  ),
  apps: z.array(z.object({ id: z.string(), name: z.string(), hasService: z.boolean() })),
  hasApprovedCategory: z.boolean(),
});
export type ServiceOptions = z.infer<typeof serviceOptionsSchema>;

export const createServiceBodySchema = z.object({
  categoryId: z.string({ error: 'validation.required' }).min(1, { error: 'validation.required' }),
  appId: z.string().min(1).max(64).nullable().optional(),
});

export const saveServiceBodySchema = z.object({
  appId: z.string().min(1).max(64).nullable().optional(),
  content: serviceContentSchema,
});

export const submitServiceReplySchema = z.object({
  review: reviewStateSchema,
  prechecks: z.array(precheckSchema),
  expectedBy: z.string().nullable(),
});

export const diffRowSchema = z.object({
  field: z.string(),
  before: z.unknown(),
  after: z.unknown(),
});
export type DiffRow = z.infer<typeof diffRowSchema>;

export const opsServiceQueueItemSchema = serviceSummarySchema.extend({
  companyName: z.string(),
  version: z.number(),
  queuePosition: z.number().nullable(),
  workingDaysLeft: z.number().nullable(),
  prechecksOk: z.boolean(),
});
export const opsServiceListQuerySchema = z.object({
  scope: z.enum(['queue', 'all']).default('queue'),
  q: z.string().max(60).optional(),
});
export const opsServiceListReplySchema = z.object({ items: z.array(opsServiceQueueItemSchema) });

export const opsServiceDetailSchema = serviceDetailSchema.extend({
  providerId: z.string(),
  companyName: z.string(),
  diff: z.array(diffRowSchema),
});
export type OpsServiceDetail = z.infer<typeof opsServiceDetailSchema>;

export const decideServiceBodySchema = z.object({
  versionId: z.string().min(1).max(64),
  reason: z
    .string({ error: 'validation.required' })
    .trim()
    .max(500, { error: 'validation.tooLong' })
    .optional(),
});

export const penaltyReasonSchema = z
  .string({ error: 'validation.required' })
  .trim()
  .min(2, { error: 'validation.required' })
  .max(500, { error: 'validation.tooLong' });

export const penaltyBodySchema = z.object({ kind: penaltyKindSchema, reason: penaltyReasonSchema });
export const liftPenaltyBodySchema = z.object({
  kind: liftableKindSchema,
  reason: penaltyReasonSchema,
});

/** The merchant view of a listed service: the LIVE version only. */
export const marketServiceSchema = z.object({
  id: z.string(),
  name: z.string(),
  categoryId: z.string(),
  categoryName: z.string(),
  serviceType: serviceTypeSchema,
  classification: z.string(),
  shortDescription: z.string(),
  descriptionHtml: z.string(),
  mainImageUrl: z.string().nullable(),
  galleryUrls: z.array(z.string()),
  tags: z.array(z.string()),
  packages: z.array(servicePackageSchema),
  providerName: z.string(),
  appId: z.string().nullable(),
  orderable: z.boolean(),
  listedAt: z.string().nullable(),
  version: z.number(),
});
export type MarketService = z.infer<typeof marketServiceSchema>;
export const marketServiceListSchema = z.object({ items: z.array(marketServiceSchema) });
export const marketImageParamsSchema = z.object({
  id: z.string().min(1).max(64),
  fileId: z.string().min(1).max(64),
});
