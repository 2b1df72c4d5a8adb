import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../../platform/context';
import { auditListQuerySchema, auditListReplySchema } from '../../../contracts/ops';
import { requireOperator } from '../../platform/guards';
import { listAuditLog } from './audit.service';

export async function auditRoutes(app: FastifyInstance, ctx: AppContext) {
  app.withTypeProvider<ZodTypeProvider>().get(
    '/api/ops/audit',
    {
      schema: {
        tags: ['ops'],
        querystring: auditListQuerySchema,
        response: { 200: auditListReplySchema },
      },
    },
    (req) => {
      requireOperator(req.actor, 'admin');
      return listAuditLog(ctx, req.query);
    },
  );
}
