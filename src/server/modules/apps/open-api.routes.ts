import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../../platform/context';
import { errorBodySchema } from '../../../contracts/common';
import { openShopReplySchema } from '../../../contracts/oauth';
import { getOpenShop } from './oauth-grants.service';
import { openApiScope } from './open-api.scope';

/** The apps module's part of the open API for apps: the authorizing merchant's shop. */
export async function openApiRoutes(app: FastifyInstance, ctx: AppContext) {
  await app.register(async (scope) => {
    openApiScope(scope, ctx);
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
