import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../../platform/context';
import { policySchema, policyUpdateSchema } from '../../../contracts/policy';
import {
  calendarCoverageReplySchema,
  calendarYearBodySchema,
  calendarYearParamSchema,
  calendarYearReplySchema,
} from '../../../contracts/ops';
import { requireOperator } from '../../platform/guards';
import * as svc from './policy.service';

export async function policyRoutes(app: FastifyInstance, ctx: AppContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['ops'];
  r.get('/api/ops/policy', { schema: { tags, response: { 200: policySchema } } }, (req) => {
    requireOperator(req.actor);
    return svc.getPolicy(ctx);
  });
  r.put(
    '/api/ops/policy',
    { schema: { tags, body: policyUpdateSchema, response: { 200: policySchema } } },
    (req) => svc.updatePolicy(ctx, requireOperator(req.actor, 'admin'), req.body),
  );
  r.get(
    '/api/ops/calendar-coverage',
    { schema: { tags, response: { 200: calendarCoverageReplySchema } } },
    (req) => {
      requireOperator(req.actor);
      return svc.calendarCoverage(ctx);
    },
  );
  r.get(
    '/api/ops/calendar/:year',
    {
      schema: { tags, params: calendarYearParamSchema, response: { 200: calendarYearReplySchema } },
    },
    (req) => {
      requireOperator(req.actor);
      return svc.getCalendarYear(ctx, req.params.year);
    },
  );
  r.put(
    '/api/ops/calendar/:year',
    {
      schema: {
        tags,
        params: calendarYearParamSchema,
        body: calendarYearBodySchema,
        response: { 200: calendarYearReplySchema },
      },
    },
    (req) =>
      svc.putCalendarYear(ctx, requireOperator(req.actor, 'admin'), req.params.year, req.body.days),
  );
}
