import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../../platform/context';
import { idParamSchema } from '../../../contracts/common';
import { categoryListReplySchema } from '../../../contracts/ops';
import {
  categoryCreateBodySchema,
  categoryDetailSchema,
  categoryUpdateBodySchema,
  opsCategoryListQuerySchema,
  opsCategoryListReplySchema,
} from '../../../contracts/catalog';
import { getPolicy } from '../policy';
import { listCategories } from './catalog.service';
import * as admin from './catalog-admin.service';

export async function catalogRoutes(app: FastifyInstance, ctx: AppContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/api/market/categories',
    { schema: { tags: ['market'], response: { 200: categoryListReplySchema } } },
    async () => ({ items: await listCategories(ctx, (await getPolicy(ctx)).preset) }),
  );

  const tags = ['ops'];
  const one = { 200: categoryDetailSchema };
  r.get(
    '/api/ops/categories',
    {
      schema: {
        tags,
        querystring: opsCategoryListQuerySchema,
        response: { 200: opsCategoryListReplySchema },
      },
    },
    (req) => admin.listCategoriesForOps(ctx, req.actor, req.query),
  );
  r.post(
    '/api/ops/categories',
    { schema: { tags, body: categoryCreateBodySchema, response: one } },
    (req) => admin.createCategory(ctx, req.actor, req.body),
  );
  r.put(
    '/api/ops/categories/:id',
    { schema: { tags, params: idParamSchema, body: categoryUpdateBodySchema, response: one } },
    (req) => admin.updateCategory(ctx, req.actor, req.params.id, req.body),
  );
  r.post(
    '/api/ops/categories/:id/retire',
    { schema: { tags, params: idParamSchema, response: one } },
    (req) => admin.updateCategory(ctx, req.actor, req.params.id, { retired: true }),
  );
  r.post(
    '/api/ops/categories/:id/restore',
    { schema: { tags, params: idParamSchema, response: one } },
    (req) => admin.updateCategory(ctx, req.actor, req.params.id, { retired: false }),
  );
}
