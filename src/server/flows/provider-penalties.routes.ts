import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../platform/context';
import { idParamSchema } from '../../contracts/common';
import {
  liftProviderPenaltyBodySchema,
  providerPenaltyBodySchema,
  providerStandingSchema,
} from '../../contracts/provider-penalties';
import type { ServicePorts } from '../modules/services';
import {
  getMyStanding,
  getProviderStandingForOps,
  liftProviderPenalty,
  penalizeProvider,
} from './provider-penalties';

/** Provider-level penalties (`/api/ops/providers/:id/penalties`) and the provider's own standing. */
export async function providerPenaltyRoutes(
  app: FastifyInstance,
  ctx: AppContext,
  ports: Pick<ServicePorts, 'liveChanged' | 'cutAppAccess'>,
) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const ops = { tags: ['ops'], params: idParamSchema, response: { 200: providerStandingSchema } };
  r.get('/api/ops/providers/:id/penalties', { schema: ops }, (req) =>
    getProviderStandingForOps(ctx, req.actor, req.params.id),
  );
  r.post(
    '/api/ops/providers/:id/penalties',
    { schema: { ...ops, body: providerPenaltyBodySchema } },
    (req) => penalizeProvider(ctx, req.actor, req.params.id, req.body, ports),
  );
  r.post(
    '/api/ops/providers/:id/penalties/lift',
    { schema: { ...ops, body: liftProviderPenaltyBodySchema } },
    (req) => liftProviderPenalty(ctx, req.actor, req.params.id, req.body),
  );
  r.get(
    '/api/provider/standing',
    { schema: { tags: ['onboarding'], response: { 200: providerStandingSchema.nullable() } } },
    (req) => getMyStanding(ctx, req.actor),
  );
}
