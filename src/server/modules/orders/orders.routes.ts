import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../platform/context';
import { errorBodySchema, idParamSchema } from '../../../contracts/common';
import {
  hideRatingBodySchema,
  opsRatingsReplySchema,
  myServicesReplySchema,
  openOrderListSchema,
  openOrderSchema,
  openSubscriptionSchema,
  providerOrdersReplySchema,
  quoteQuerySchema,
  quoteSchema,
  rateBodySchema,
  ratingsReplySchema,
  ratingViewSchema,
  replyBodySchema,
  useServiceReplySchema,
} from '../../../contracts/orders';
import { openApiScope } from '../apps';
import { quote, type MarketStatsPort } from './orders.service';
import { openOrder1, openOrders, openSubscription } from './open-api.service';
import { providerOrders } from './provider-orders.service';
import {
  hideRating,
  opsRatings,
  rateSubscription,
  replyToRating,
  serviceRatings,
} from './ratings.service';
import { myServices, useService } from './subscriptions.service';

const ratingView = ratingViewSchema;

/** Merchant (`/api/market/…`), provider (`/api/provider/orders`), operator and open API routes. */
export async function ordersRoutes(app: FastifyInstance, ctx: AppContext, stats: MarketStatsPort) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['orders'];

  r.get(
    '/api/market/services/:id/quote',
    {
      schema: {
        tags,
        params: idParamSchema,
        querystring: quoteQuerySchema,
        response: { 200: quoteSchema },
      },
    },
    (req) => quote(ctx, req.actor, req.params.id, req.query),
  );
  r.post(
    '/api/market/services/:id/use',
    { schema: { tags, params: idParamSchema, response: { 200: useServiceReplySchema } } },
    (req) => useService(ctx, req.actor, req.params.id),
  );
  r.get(
    '/api/market/services/:id/ratings',
    { schema: { tags, params: idParamSchema, response: { 200: ratingsReplySchema } } },
    (req) => serviceRatings(ctx, req.params.id),
  );
  r.get(
    '/api/market/my-services',
    { schema: { tags, response: { 200: myServicesReplySchema } } },
    (req) => myServices(ctx, req.actor),
  );
  r.post(
    '/api/market/subscriptions/:id/rating',
    {
      schema: { tags, params: idParamSchema, body: rateBodySchema, response: { 200: ratingView } },
    },
    (req) => rateSubscription(ctx, req.actor, req.params.id, req.body, stats),
  );
  r.get(
    '/api/provider/orders',
    { schema: { tags, response: { 200: providerOrdersReplySchema } } },
    (req) => providerOrders(ctx, req.actor),
  );
  r.post(
    '/api/provider/ratings/:id/reply',
    {
      schema: { tags, params: idParamSchema, body: replyBodySchema, response: { 200: ratingView } },
    },
    (req) => replyToRating(ctx, req.actor, req.params.id, req.body.reply),
  );
  r.get('/api/ops/ratings', { schema: { tags, response: { 200: opsRatingsReplySchema } } }, (req) =>
    opsRatings(ctx, req.actor),
  );

  r.post(
    '/api/ops/ratings/:id/hide',
    {
      schema: {
        tags,
        params: idParamSchema,
        body: hideRatingBodySchema,
        response: { 200: ratingView },
      },
    },
    (req) => hideRating(ctx, req.actor, req.params.id, req.body.reason, stats),
  );

  await app.register(async (scope) => {
    openApiScope(scope, ctx);
    const o = scope.withTypeProvider<ZodTypeProvider>();
    const common = { tags: ['open'], security: [{ bearerAuth: [] }] };
    const denied = { 401: errorBodySchema, 403: errorBodySchema, 404: errorBodySchema };
    o.get(
      '/open/v1/orders',
      { schema: { ...common, response: { 200: openOrderListSchema, ...denied } } },
      (req) => openOrders(ctx, req.openAccess!),
    );
    o.get(
      '/open/v1/orders/:id',
      {
        schema: {
          ...common,
          params: z.object({ id: z.string().max(64) }),
          response: { 200: openOrderSchema, ...denied },
        },
      },
      (req) => openOrder1(ctx, req.openAccess!, req.params.id),
    );
    o.get(
      '/open/v1/subscription',
      { schema: { ...common, response: { 200: openSubscriptionSchema, ...denied } } },
      (req) => openSubscription(ctx, req.openAccess!),
    );
  });
}
