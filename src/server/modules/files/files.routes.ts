import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../../platform/context';
import { idParamSchema } from '../../../contracts/common';
import { readFileFor } from './files.service';

export async function filesRoutes(app: FastifyInstance, ctx: AppContext) {
  app
    .withTypeProvider<ZodTypeProvider>()
    .get(
      '/api/files/:id',
      { schema: { tags: ['files'], params: idParamSchema } },
      async (req, reply) => {
        const f = await readFileFor(ctx, req.actor, req.params.id);
        return reply
          .header('content-type', f.mime)
          .header('x-content-type-options', 'nosniff')
          .header('content-disposition', 'inline')
          .header('cache-control', 'private, no-store')
          .send(f.bytes);
      },
    );
}
