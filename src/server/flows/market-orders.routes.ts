import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../platform/context';
import { idParamSchema, okSchema } from '../../contracts/common';
import {
  createOrderBodySchema,
  marketOrderListSchema,
  marketOrderSchema,
} from '../../contracts/orders';
import { requireOnboardedProvider } from '../modules/onboarding';
import { ordersRoutes } from '../modules/orders';
import type { PaymentGateway } from '../modules/payments';
import { getMyOrder, listMyOrders, marketStats, placeOrder, refundOrder } from './market-orders';

const baseUrl = (ctx: AppContext, req: FastifyRequest) =>
  ctx.config.publicUrl ?? `${req.protocol}://${req.host}`;

/** Buying in the market (orders paid through the gateway) and the provider's refunds. */
export async function marketOrderRoutes(app: FastifyInstance, ctx: AppContext, gw: PaymentGateway) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['orders'];
  r.post(
    '/api/market/orders',
    { schema: { tags, body: createOrderBodySchema, response: { 200: marketOrderSchema } } },
    (req) => placeOrder(ctx, gw, req.actor, req.body, baseUrl(ctx, req)),
  );
  r.get(
    '/api/market/orders',
    { schema: { tags, response: { 200: marketOrderListSchema } } },
    (req) => listMyOrders(ctx, req.actor),
  );
  r.get(
    '/api/market/orders/:id',
    { schema: { tags, params: idParamSchema, response: { 200: marketOrderSchema } } },
    (req) => getMyOrder(ctx, req.actor, req.params.id),
  );
  r.post(
    '/api/provider/orders/:id/refund',
    { schema: { tags, params: idParamSchema, response: { 200: okSchema } } },
    async (req) => {
      const p = await requireOnboardedProvider(ctx, req.actor);
      await refundOrder(ctx, gw, req.actor!, p.providerId, req.params.id);
      return { ok: true as const };
    },
  );
  await ordersRoutes(app, ctx, marketStats());
}
