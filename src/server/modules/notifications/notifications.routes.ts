import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../../platform/context';
import { outboxListQuerySchema, outboxListReplySchema } from '../../../contracts/ops';
import { requireOperator } from '../../platform/guards';
import { listOutboxMessages } from './notifications.service';

export async function notificationsRoutes(app: FastifyInstance, ctx: AppContext) {
  app.withTypeProvider<ZodTypeProvider>().get(
    '/api/ops/outbox',
    {
      schema: {
        tags: ['ops'],
        querystring: outboxListQuerySchema,
        response: { 200: outboxListReplySchema },
      },
    },
    (req) => {
      requireOperator(req.actor);
      return listOutboxMessages(ctx, req.query);
    },
  );
}
