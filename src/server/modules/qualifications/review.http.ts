import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Actor } from '../../platform/context';
import { idParamSchema, okSchema } from '../../../contracts/common';
import { reviewReasonBodySchema } from '../../../contracts/qualifications';

type Decision = { decision: 'approved' | 'rejected'; reason: string | null };

/**
 * An operator's 通过 (no body) and 驳回 (with a reason) of one application under `base/:id/…`:
 * the same two routes for qualification applications and certifications.
 */
export function decisionRoutes(
  app: FastifyInstance,
  base: string,
  decide: (actor: Actor | null, id: string, d: Decision) => Promise<unknown>,
) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const schema = { tags: ['ops'], params: idParamSchema, response: { 200: okSchema } };
  r.post(`${base}/:id/approve`, { schema }, async (req) => {
    await decide(req.actor, req.params.id, { decision: 'approved', reason: null });
    return { ok: true as const };
  });
  r.post(
    `${base}/:id/reject`,
    { schema: { ...schema, body: reviewReasonBodySchema } },
    async (req) => {
      await decide(req.actor, req.params.id, { decision: 'rejected', reason: req.body.reason });
      return { ok: true as const };
    },
  );
}
