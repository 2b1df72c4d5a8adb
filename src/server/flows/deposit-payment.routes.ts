import { Readable } from 'node:stream';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../platform/context';
import { notFound } from '../platform/errors';
import { formatYuan } from '../platform/money';
import {
  depositOverviewSchema,
  paymentOrderSchema,
  startPaymentBodySchema,
  transactionListQuerySchema,
  transactionListReplySchema,
} from '../../contracts/deposits';
import { depositOverview, listRecords } from '../modules/deposits';
import { requireOnboardedProvider } from '../modules/onboarding';
import { getPolicy } from '../modules/policy';
import { paymentOrders, type PaymentGateway } from '../modules/payments';
import {
  failedPaymentRecords,
  handlePaymentNotice,
  startDepositPayment,
  toOrderView,
} from './deposit-payment';

/** 'YYYY-MM-DD HH:mm:ss' in Asia/Shanghai (UTC+8, no daylight saving). */
const shanghaiTime = (iso: string) =>
  new Date(new Date(iso).getTime() + 8 * 3600_000).toISOString().replace('T', ' ').slice(0, 19);

const CSV_PAGE = 500;

const baseUrl = (ctx: AppContext, req: FastifyRequest) =>
  ctx.config.publicUrl ?? `${req.protocol}://${req.host}`;

/** Provider deposit pages' API and the gateway's notification endpoints (no CSRF: server to server). */
export async function depositPaymentRoutes(
  app: FastifyInstance,
  ctx: AppContext,
  gw: PaymentGateway,
) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['deposits'];

  r.get(
    '/api/provider/deposit',
    { schema: { tags, response: { 200: depositOverviewSchema } } },
    async (req) => {
      const p = await requireOnboardedProvider(ctx, req.actor);
      const [o, policy, open] = await Promise.all([
        depositOverview(ctx, p.providerId),
        getPolicy(ctx),
        paymentOrders.findOpen(ctx.db, p.providerId, 'deposit'),
      ]);
      return {
        ...o,
        payment: policy.depositPayment,
        withdrawal: policy.depositWithdrawal,
        openOrder: open ? toOrderView(open) : null,
      };
    },
  );
  r.post(
    '/api/provider/deposit/payments',
    { schema: { tags, body: startPaymentBodySchema, response: { 200: paymentOrderSchema } } },
    (req) => startDepositPayment(ctx, gw, req.actor, req.body.channel, baseUrl(ctx, req)),
  );
  r.get(
    '/api/provider/deposit/payments/:id',
    {
      schema: {
        tags,
        params: z.object({ id: z.string().max(64) }),
        response: { 200: paymentOrderSchema },
      },
    },
    async (req) => {
      const p = await requireOnboardedProvider(ctx, req.actor);
      const o = await paymentOrders.find(ctx.db, req.params.id);
      if (!o || o.providerId !== p.providerId) throw notFound();
      return toOrderView(o);
    },
  );
  r.get(
    '/api/provider/deposit/transactions.csv',
    { schema: { tags, querystring: transactionListQuerySchema.pick({ result: true }) } },
    async (req, reply) => {
      const p = await requireOnboardedProvider(ctx, req.actor);
      const failures = failedPaymentRecords(ctx, p.providerId);
      const cell = (v: string) => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
      // Streamed a page at a time, so a long history is never held in memory at once.
      async function* lines() {
        yield '\uFEFF时间,类型,说明,金额（元）,结果,电子凭证编号\r\n';
        for (let page = 1; ; page++) {
          const { items } = await listRecords(ctx, p.providerId, failures, {
            result: req.query.result,
            page,
            pageSize: CSV_PAGE,
          });
          for (const i of items)
            yield (
              [
                shanghaiTime(i.at),
                i.kind,
                i.memo,
                formatYuan(i.amountFen),
                i.result === 'success' ? '成功' : '失败',
                i.voucherCode ?? '',
              ]
                .map(cell)
                .join(',') + '\r\n'
            );
          if (items.length < CSV_PAGE) return;
        }
      }
      return reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', 'attachment; filename="deposit-transactions.csv"')
        .send(Readable.from(lines()));
    },
  );
  r.get(
    '/api/provider/deposit/transactions',
    {
      schema: {
        tags,
        querystring: transactionListQuerySchema,
        response: { 200: transactionListReplySchema },
      },
    },
    async (req) => {
      const p = await requireOnboardedProvider(ctx, req.actor);
      return listRecords(ctx, p.providerId, failedPaymentRecords(ctx, p.providerId), req.query);
    },
  );

  // Gateways post raw bodies; signatures are over the exact bytes, so parse them as text here.
  await app.register(async (scope) => {
    scope.addContentTypeParser(
      ['application/json', 'application/x-www-form-urlencoded'],
      { parseAs: 'string' },
      (_req, body, done) => done(null, body),
    );
    const headersOf = (req: FastifyRequest) => req.headers as Record<string, string | undefined>;
    scope.post('/payments/notify/alipay', { schema: { hide: true } }, async (req, reply) => {
      const outcome = await handlePaymentNotice(
        ctx,
        gw,
        'alipay',
        headersOf(req),
        String(req.body ?? ''),
      );
      return reply.type('text/plain').send(outcome === 'rejected' ? 'fail' : 'success');
    });
    scope.post('/payments/notify/wechat', { schema: { hide: true } }, async (req, reply) => {
      const outcome = await handlePaymentNotice(
        ctx,
        gw,
        'wechat',
        headersOf(req),
        String(req.body ?? ''),
      );
      if (outcome === 'rejected')
        return reply.code(400).send({ code: 'FAIL', message: 'rejected' });
      return reply.code(200).send({ code: 'SUCCESS', message: '成功' });
    });
  });
}
