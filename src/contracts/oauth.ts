import { z } from 'zod';
import { appScopeSchema } from './apps';

const param = z.string().max(2000).optional();

/** The authorization request (RFC 6749 §4.1.1 with PKCE, RFC 7636). Every value is checked later. */
export const authorizeQuerySchema = z.object({
  response_type: param,
  client_id: param,
  redirect_uri: param,
  scope: param,
  state: param,
  code_challenge: param,
  code_challenge_method: param,
});
export type AuthorizeQuery = z.infer<typeof authorizeQuerySchema>;

/** What the consent page shows, or where a redirectable error sends the browser. */
export const consentReplySchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('consent'),
    app: z.object({
      id: z.string(),
      name: z.string(),
      description: z.string(),
      logoUrl: z.string().nullable(),
    }),
    provider: z.object({ companyName: z.string() }),
    scopes: z.array(appScopeSchema),
    redirectUri: z.string(),
    /** The merchant already granted these scopes to this app. */
    alreadyGranted: z.boolean(),
  }),
  z.object({ kind: z.literal('redirect'), redirectTo: z.string() }),
]);
export type ConsentReply = z.infer<typeof consentReplySchema>;

export const decisionBodySchema = authorizeQuerySchema.extend({
  decision: z.enum(['approve', 'deny']),
});
export const decisionReplySchema = z.object({ redirectTo: z.string() });

/** "我的授权": the apps a merchant authorized. */
export const authorizationSchema = z.object({
  id: z.string(),
  appId: z.string(),
  appName: z.string(),
  logoUrl: z.string().nullable(),
  providerCompany: z.string(),
  scopes: z.array(appScopeSchema),
  grantedAt: z.string(),
  updatedAt: z.string(),
});
export const authorizationListReplySchema = z.object({ items: z.array(authorizationSchema) });

// ---- the token and revocation endpoints (form-encoded, RFC 6749 §4.1.3, §6; RFC 7009) ----
export const tokenBodySchema = z.object({
  grant_type: param,
  code: param,
  redirect_uri: param,
  code_verifier: param,
  refresh_token: param,
  scope: param,
  client_id: param,
  client_secret: param,
});
export type TokenBody = z.infer<typeof tokenBodySchema>;

export const tokenReplySchema = z.object({
  access_token: z.string(),
  token_type: z.literal('Bearer'),
  expires_in: z.number(),
  refresh_token: z.string(),
  refresh_token_expires_in: z.number(),
  scope: z.string(),
});
export type TokenReply = z.infer<typeof tokenReplySchema>;

export const revokeBodySchema = z.object({
  token: param,
  token_type_hint: param,
  client_id: param,
  client_secret: param,
});

export const oauthErrorSchema = z.object({
  error: z.string(),
  error_description: z.string().optional(),
});

// ---- the open API (bearer tokens) ----
export const openShopReplySchema = z.object({
  merchantId: z.string(),
  mobileMasked: z.string(),
  authorizedScopes: z.array(appScopeSchema),
});
