import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../platform/context';
import { readUpload } from '../../platform/upload';
import { idParamSchema, okSchema } from '../../../contracts/common';
import {
  createServiceBodySchema,
  decideServiceBodySchema,
  imageRefSchema,
  marketImageParamsSchema,
  marketServiceListSchema,
  marketServiceSchema,
  opsServiceDetailSchema,
  opsServiceListQuerySchema,
  opsServiceListReplySchema,
  penaltyBodySchema,
  liftPenaltyBodySchema,
  saveServiceBodySchema,
  serviceDetailSchema,
  serviceListReplySchema,
  serviceOptionsSchema,
  serviceSummarySchema,
  submitServiceReplySchema,
} from '../../../contracts/services';
import type { ServicePorts } from './services-common';
import * as edit from './services-edit.service';
import * as submit from './services-submit.service';
import * as views from './services-views.service';
import * as review from './services-review.service';
import * as penalties from './services-penalties.service';

const roleQuerySchema = z.object({ role: z.enum(['main', 'gallery']).default('gallery') });
const uploadedImageSchema = imageRefSchema.extend({ name: z.string() });

/** Provider console (`/api/provider/services`), review and penalties (`/api/ops/services`), market. */
export async function servicesRoutes(app: FastifyInstance, ctx: AppContext, ports: ServicePorts) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['services'];
  const base = '/api/provider/services';
  const detail = { tags, params: idParamSchema, response: { 200: serviceDetailSchema } };

  r.get(base, { schema: { tags, response: { 200: serviceListReplySchema } } }, (req) =>
    views.listMyServices(ctx, req.actor),
  );
  r.get(`${base}/options`, { schema: { tags, response: { 200: serviceOptionsSchema } } }, (req) =>
    edit.getServiceOptions(ctx, req.actor),
  );
  r.post(
    base,
    { schema: { tags, body: createServiceBodySchema, response: { 200: serviceSummarySchema } } },
    (req) => edit.createService(ctx, req.actor, req.body),
  );
  r.post(
    `${base}/images`,
    { schema: { tags, querystring: roleQuerySchema, response: { 200: uploadedImageSchema } } },
    async (req) => {
      return edit.uploadImage(ctx, req.actor, req.query.role, await readUpload(req), req.lang);
    },
  );
  r.get(`${base}/:id`, { schema: detail }, (req) =>
    views.getMyService(ctx, req.actor, req.params.id, ports, req.lang),
  );
  r.put(
    `${base}/:id/draft`,
    { schema: { ...detail, body: saveServiceBodySchema } },
    async (req) => {
      await edit.saveDraft(ctx, req.actor, req.params.id, req.body);
      return views.getMyService(ctx, req.actor, req.params.id, ports, req.lang);
    },
  );
  r.post(
    `${base}/:id/submit`,
    { schema: { tags, params: idParamSchema, response: { 200: submitServiceReplySchema } } },
    (req) => submit.submitService(ctx, req.actor, req.params.id, ports, req.lang),
  );
  r.post(`${base}/:id/list`, { schema: detail }, async (req) => {
    await views.listService(ctx, req.actor, req.params.id, req.lang, ports);
    return views.getMyService(ctx, req.actor, req.params.id, ports, req.lang);
  });
  r.post(`${base}/:id/delist`, { schema: detail }, async (req) => {
    await views.delistService(ctx, req.actor, req.params.id, ports);
    return views.getMyService(ctx, req.actor, req.params.id, ports, req.lang);
  });

  const ops = { tags: ['ops'] };
  r.get(
    '/api/ops/services',
    {
      schema: {
        ...ops,
        querystring: opsServiceListQuerySchema,
        response: { 200: opsServiceListReplySchema },
      },
    },
    (req) => review.listServicesForOps(ctx, req.actor, req.query),
  );
  r.get(
    '/api/ops/services/:id',
    { schema: { ...ops, params: idParamSchema, response: { 200: opsServiceDetailSchema } } },
    (req) => review.getServiceForOps(ctx, req.actor, req.params.id, ports, req.lang),
  );
  for (const decision of ['approved', 'rejected'] as const) {
    r.post(
      `/api/ops/services/:id/${decision === 'approved' ? 'approve' : 'reject'}`,
      {
        schema: {
          ...ops,
          params: idParamSchema,
          body: decideServiceBodySchema,
          response: { 200: okSchema },
        },
      },
      async (req) => {
        await review.decideService(
          ctx,
          req.actor,
          req.params.id,
          {
            versionId: req.body.versionId,
            decision,
            reason: req.body.reason?.trim() || null,
          },
          ports,
        );
        return { ok: true as const };
      },
    );
  }
  r.post(
    '/api/ops/services/:id/penalties',
    {
      schema: {
        ...ops,
        params: idParamSchema,
        body: penaltyBodySchema,
        response: { 200: okSchema },
      },
    },
    async (req) => {
      await penalties.penalizeService(ctx, req.actor, req.params.id, req.body, ports);
      return { ok: true as const };
    },
  );
  r.post(
    '/api/ops/services/:id/penalties/lift',
    {
      schema: {
        ...ops,
        params: idParamSchema,
        body: liftPenaltyBodySchema,
        response: { 200: okSchema },
      },
    },
    async (req) => {
      await penalties.liftServicePenalty(ctx, req.actor, req.params.id, req.body, ports);
      return { ok: true as const };
    },
  );

  const market = { tags: ['market'] };
  r.get(
    '/api/market/services',
    { schema: { ...market, response: { 200: marketServiceListSchema } } },
    async () => ({ items: await views.listListedServices(ctx) }),
  );
  r.get(
    '/api/market/services/:id',
    { schema: { ...market, params: idParamSchema, response: { 200: marketServiceSchema } } },
    (req) => views.getListedService(ctx, req.params.id),
  );
  r.get(
    '/api/market/services/:id/images/:fileId',
    { schema: { ...market, params: marketImageParamsSchema } },
    async (req, reply) => {
      const f = await views.readListedImage(ctx, req.params.id, req.params.fileId);
      return reply
        .header('content-type', f.mime)
        .header('x-content-type-options', 'nosniff')
        .header('cache-control', 'public, max-age=300')
        .send(f.bytes);
    },
  );
}
