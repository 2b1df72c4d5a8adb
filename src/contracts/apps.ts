import { z } from 'zod';
import { fileRefSchema } from './onboarding';

/** What an app may ask a merchant for. Later issues add endpoints behind the order scopes. */
export const appScopes = ['shop:read', 'orders:read', 'subscription:read'] as const;
export const appScopeSchema = z.enum(appScopes);
export type AppScope = z.infer<typeof appScopeSchema>;

export const appStateSchema = z.enum(['developing', 'online', 'suspended']);
export type AppState = z.infer<typeof appStateSchema>;

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

function parseUrl(s: string): URL | null {
  try {
    return new URL(s);
  } catch {
    return null;
  }
}

/**
 * A redirect URI an app may register (RFC 9700 §2.1): absolute, no fragment, no credentials;
 * https, or plain http only to the loopback host (native and local development). null = valid.
 */
export function redirectUriIssue(s: string): string | null {
  const u = parseUrl(s);
  if (!u || u.username || u.password || !u.hostname) return 'validation.apps.redirectUri.format';
  if (s.includes('#')) return 'validation.apps.redirectUri.fragment';
  if (u.protocol === 'https:') return null;
  if (u.protocol === 'http:' && LOOPBACK.has(u.hostname)) return null;
  return 'validation.apps.redirectUri.scheme';
}

/** Webhooks are delivered to http(s) URLs only. null = valid. */
export function webhookUrlIssue(s: string): string | null {
  const u = parseUrl(s);
  if (!u || u.username || u.password || !u.hostname) return 'validation.apps.webhookUrl.format';
  if (u.protocol !== 'https:' && u.protocol !== 'http:') return 'validation.apps.webhookUrl.format';
  return null;
}

const redirectUriSchema = z
  .string()
  .trim()
  .max(500, { error: 'validation.tooLong' })
  .superRefine((s, ctx) => {
    const issue = redirectUriIssue(s);
    if (issue) ctx.addIssue({ code: 'custom', message: issue });
  });

const webhookUrlSchema = z
  .string()
  .trim()
  .max(500, { error: 'validation.tooLong' })
  .superRefine((s, ctx) => {
    const issue = webhookUrlIssue(s);
    if (issue) ctx.addIssue({ code: 'custom', message: issue });
  });

/** What a provider fills in to register or edit an app. */
export const appBodySchema = z.object({
  name: z
    .string()
    .trim()
    .min(2, { error: 'validation.apps.name.length' })
    .max(30, { error: 'validation.apps.name.length' }),
  description: z
    .string()
    .trim()
    .max(500, { error: 'validation.apps.description.length' })
    .default(''),
  logoFileId: z.string().max(64).nullable().default(null),
  redirectUris: z
    .array(redirectUriSchema)
    .min(1, { error: 'validation.apps.redirectUris.required' })
    .max(5, { error: 'validation.apps.redirectUris.tooMany' })
    .superRefine((list, ctx) => {
      list.forEach((uri, i) => {
        if (list.indexOf(uri) !== i)
          ctx.addIssue({
            code: 'custom',
            path: [i],
            message: 'validation.apps.redirectUri.duplicate',
          });
      });
    }),
  scopes: z
    .array(appScopeSchema, { error: 'validation.apps.scopes.required' })
    .min(1, { error: 'validation.apps.scopes.required' })
    .transform((s) => [...new Set(s)]),
  webhookUrl: webhookUrlSchema.nullable().default(null),
});
export type AppBody = z.input<typeof appBodySchema>;

/** The provider's own view of an app (never the app secret: it is shown once). */
export const appSchema = z.object({
  id: z.string(),
  appKey: z.string(),
  secretHint: z.string(),
  secretRotatedAt: z.string(),
  name: z.string(),
  description: z.string(),
  logo: fileRefSchema.nullable(),
  redirectUris: z.array(z.string()),
  scopes: z.array(appScopeSchema),
  webhookUrl: z.string().nullable(),
  webhookSecret: z.string(),
  state: appStateSchema,
  stateReason: z.string().nullable(),
  onlineAt: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type AppView = z.infer<typeof appSchema>;

export const appListReplySchema = z.object({
  items: z.array(appSchema),
  /** The policy's limit (`maxAppsPerAccount`); null = no limit. */
  max: z.number().nullable(),
});

/** Creation and rotation answer the secret, this once. */
export const appCreatedReplySchema = z.object({ app: appSchema, appSecret: z.string() });
export const secretRotatedReplySchema = z.object({
  appSecret: z.string(),
  secretHint: z.string(),
  secretRotatedAt: z.string(),
});

// ---- simulated authorization (reviews) ----
export const simulationSchema = z.object({
  id: z.string(),
  appId: z.string(),
  redirectUri: z.string(),
  ok: z.boolean(),
  statusCode: z.number().nullable(),
  location: z.string().nullable(),
  error: z.string().nullable(),
  durationMs: z.number(),
  at: z.string(),
});
export type SimulationView = z.infer<typeof simulationSchema>;

// ---- operators ----
export const opsAppListQuerySchema = z.object({
  state: appStateSchema.optional(),
  q: z.string().max(100).optional(),
  page: z.coerce.number().int().min(1).max(10000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});
export const opsAppItemSchema = z.object({
  id: z.string(),
  appKey: z.string(),
  name: z.string(),
  providerCompany: z.string(),
  state: appStateSchema,
  scopes: z.array(appScopeSchema),
  createdAt: z.string(),
  lastSimulation: simulationSchema.nullable(),
});
export const opsAppListReplySchema = z.object({
  items: z.array(opsAppItemSchema),
  total: z.number(),
});
export const opsAppDetailSchema = opsAppItemSchema.extend({
  description: z.string(),
  logo: fileRefSchema.nullable(),
  redirectUris: z.array(z.string()),
  webhookUrl: z.string().nullable(),
  stateReason: z.string().nullable(),
  simulations: z.array(simulationSchema),
});
export const suspendBodySchema = z.object({
  reason: z
    .string()
    .trim()
    .min(2, { error: 'validation.apps.reason.required' })
    .max(500, { error: 'validation.tooLong' }),
});

// ---- webhooks ----
export const webhookAttemptSchema = z.object({
  at: z.string(),
  url: z.string(),
  statusCode: z.number().nullable(),
  error: z.string().nullable(),
  durationMs: z.number(),
});
export const webhookDeliverySchema = z.object({
  id: z.string(),
  eventId: z.string(),
  event: z.string(),
  body: z.string(),
  status: z.enum(['pending', 'delivered', 'failed']),
  attempts: z.number(),
  lastStatusCode: z.number().nullable(),
  lastError: z.string().nullable(),
  replayOf: z.string().nullable(),
  createdAt: z.string(),
  nextAttemptAt: z.string(),
  deliveredAt: z.string().nullable(),
  log: z.array(webhookAttemptSchema),
});
export type WebhookDeliveryView = z.infer<typeof webhookDeliverySchema>;
export const webhookDeliveryListReplySchema = z.object({
  items: z.array(webhookDeliverySchema),
});
export const deliveryParamsSchema = z.object({
  id: z.string().min(1).max(64),
  deliveryId: z.string().min(1).max(64),
});
