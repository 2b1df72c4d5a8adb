import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../../platform/context';
import { categoryListReplySchema } from '../../../contracts/ops';
import { getPolicy } from '../policy';
import { listCategories } from './catalog.service';

export async function catalogRoutes(app: FastifyInstance, ctx: AppContext) {
  app
    .withTypeProvider<ZodTypeProvider>()
    .get(
      '/api/market/categories',
      { schema: { tags: ['market'], response: { 200: categoryListReplySchema } } },
      async () => ({ items: await listCategories(ctx, (await getPolicy(ctx)).preset) }),
    );
}
