import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../../platform/context';
import { errorBodySchema } from '../../../contracts/common';
import { openShopReplySchema } from '../../../contracts/oauth';
import { getOpenShop, resolveAccessToken, type OpenAccess } from './oauth-grants.service';

declare module 'fastify' {
  interface FastifyRequest {
    openAccess: OpenAccess | null;
  }
}

/**
 * The open API for apps (`/open/v1/…`): a bearer access token acts for the one merchant who
 * authorized it, within its scopes. Errors carry `WWW-Authenticate` (RFC 6750 §3).
 */
export async function openApiRoutes(app: FastifyInstance, ctx: AppContext) {
  await app.register(async (scope) => {
    scope.decorateRequest('openAccess', null);
    scope.addHook('preHandler', async (req: FastifyRequest) => {
      req.openAccess = await resolveAccessToken(ctx, req.headers.authorization);
    });
    scope.addHook('onSend', async (_req, reply, payload) => {
      if (reply.statusCode === 401)
        reply.header('www-authenticate', 'Bearer realm="fuwu", error="invalid_token"');
      if (reply.statusCode === 403)
        reply.header('www-authenticate', 'Bearer realm="fuwu", error="insufficient_scope"');
      return payload;
    });
    const r = scope.withTypeProvider<ZodTypeProvider>();
    const common = { tags: ['open'], security: [{ bearerAuth: [] }] };
    const denied = { 401: errorBodySchema, 403: errorBodySchema };

    r.get(
      '/open/v1/shop',
      { schema: { ...common, response: { 200: openShopReplySchema, ...denied } } },
      (req) => getOpenShop(ctx, req.openAccess!),
    );
  });
}
