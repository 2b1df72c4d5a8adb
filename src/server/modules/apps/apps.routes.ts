import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../../platform/context';
import { readUpload } from '../../platform/upload';
import { idParamSchema } from '../../../contracts/common';
import { fileRefSchema } from '../../../contracts/onboarding';
import {
  appBodySchema,
  appCreatedReplySchema,
  appListReplySchema,
  appSchema,
  deliveryParamsSchema,
  opsAppDetailSchema,
  opsAppListQuerySchema,
  opsAppListReplySchema,
  secretRotatedReplySchema,
  simulationSchema,
  suspendBodySchema,
  webhookDeliveryListReplySchema,
  webhookDeliverySchema,
} from '../../../contracts/apps';
import * as svc from './apps.service';
import * as ops from './apps-ops.service';
import * as hooks from './webhooks.service';

/** The provider console's apps (`/api/provider/apps`) and the operators' queue (`/api/ops/apps`). */
export async function appsRoutes(app: FastifyInstance, ctx: AppContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['apps'];
  const one = { tags, params: idParamSchema, response: { 200: appSchema } };

  r.get('/api/provider/apps', { schema: { tags, response: { 200: appListReplySchema } } }, (req) =>
    svc.listMyApps(ctx, req.actor),
  );
  r.post(
    '/api/provider/apps',
    { schema: { tags, body: appBodySchema, response: { 200: appCreatedReplySchema } } },
    (req) => svc.createApp(ctx, req.actor, req.body),
  );
  r.post(
    '/api/provider/apps/logo',
    { schema: { tags, response: { 200: fileRefSchema } } },
    async (req) => svc.uploadLogo(ctx, req.actor, await readUpload(req)),
  );
  r.get('/api/provider/apps/:id', { schema: one }, (req) =>
    svc.getMyApp(ctx, req.actor, req.params.id),
  );
  r.put('/api/provider/apps/:id', { schema: { ...one, body: appBodySchema } }, (req) =>
    svc.updateApp(ctx, req.actor, req.params.id, req.body),
  );
  r.post(
    '/api/provider/apps/:id/secret',
    { schema: { tags, params: idParamSchema, response: { 200: secretRotatedReplySchema } } },
    (req) => svc.rotateSecret(ctx, req.actor, req.params.id),
  );
  r.get(
    '/api/provider/apps/:id/webhook-deliveries',
    { schema: { tags, params: idParamSchema, response: { 200: webhookDeliveryListReplySchema } } },
    (req) => hooks.listDeliveries(ctx, req.actor, req.params.id),
  );
  r.post(
    '/api/provider/apps/:id/webhook-deliveries/:deliveryId/replay',
    { schema: { tags, params: deliveryParamsSchema, response: { 200: webhookDeliverySchema } } },
    (req) => hooks.replayDelivery(ctx, req.actor, req.params.id, req.params.deliveryId),
  );
  r.post(
    '/api/provider/apps/:id/webhook-test',
    { schema: { tags, params: idParamSchema, response: { 200: webhookDeliverySchema } } },
    (req) => hooks.sendTestEvent(ctx, req.actor, req.params.id),
  );

  const opsTags = ['ops'];
  const opsOne = { tags: opsTags, params: idParamSchema, response: { 200: opsAppDetailSchema } };
  r.get(
    '/api/ops/apps',
    {
      schema: {
        tags: opsTags,
        querystring: opsAppListQuerySchema,
        response: { 200: opsAppListReplySchema },
      },
    },
    (req) => ops.listAppsForReview(ctx, req.actor, req.query),
  );
  r.get('/api/ops/apps/:id', { schema: opsOne }, (req) =>
    ops.getAppForReview(ctx, req.actor, req.params.id),
  );
  r.post('/api/ops/apps/:id/online', { schema: opsOne }, (req) =>
    ops.moveApp(ctx, req.actor, req.params.id, 'online', null),
  );
  r.post('/api/ops/apps/:id/suspend', { schema: { ...opsOne, body: suspendBodySchema } }, (req) =>
    ops.moveApp(ctx, req.actor, req.params.id, 'suspend', req.body.reason),
  );
  r.post(
    '/api/ops/apps/:id/simulate',
    { schema: { tags: opsTags, params: idParamSchema, response: { 200: simulationSchema } } },
    (req) => ops.simulateForReview(ctx, req.actor, req.params.id),
  );
}
