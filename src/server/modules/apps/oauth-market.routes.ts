import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../../platform/context';
import { idParamSchema, okSchema } from '../../../contracts/common';
import {
  authorizationListReplySchema,
  authorizeQuerySchema,
  consentReplySchema,
  decisionBodySchema,
  decisionReplySchema,
} from '../../../contracts/oauth';
import { readAppLogo } from './apps.service';
import { decide, getConsent } from './oauth-authorize.service';
import { listMyAuthorizations, revokeMyAuthorization } from './oauth-grants.service';
import { issuerOf } from './oauth.routes';

/**
 * The merchant's side of OAuth in the marketplace: the consent page's data and decision (under
 * `/api/`, so the decision carries our CSRF token), and "我的授权".
 */
export async function oauthMarketRoutes(app: FastifyInstance, ctx: AppContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['oauth'];

  r.get(
    '/api/market/oauth/authorize',
    { schema: { tags, querystring: authorizeQuerySchema, response: { 200: consentReplySchema } } },
    (req) => getConsent(ctx, req.actor, req.query, issuerOf(ctx, req)),
  );
  r.post(
    '/api/market/oauth/authorize',
    { schema: { tags, body: decisionBodySchema, response: { 200: decisionReplySchema } } },
    (req) => decide(ctx, req.actor, req.body, issuerOf(ctx, req)),
  );
  r.get(
    '/api/market/authorizations',
    { schema: { tags, response: { 200: authorizationListReplySchema } } },
    (req) => listMyAuthorizations(ctx, req.actor),
  );
  r.post(
    '/api/market/authorizations/:id/revoke',
    { schema: { tags, params: idParamSchema, response: { 200: okSchema } } },
    async (req) => {
      await revokeMyAuthorization(ctx, req.actor, req.params.id);
      return { ok: true as const };
    },
  );
  r.get(
    '/api/market/apps/:id/logo',
    { schema: { tags, params: idParamSchema } },
    async (req, reply) => {
      const f = await readAppLogo(ctx, req.params.id);
      return reply
        .header('content-type', f.mime)
        .header('x-content-type-options', 'nosniff')
        .header('cache-control', 'public, max-age=300')
        .send(f.bytes);
    },
  );
}
