import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../../platform/context';
import { requireOperator } from '../../platform/guards';
import { idParamSchema, okSchema } from '../../../contracts/common';
import {
  bankCreditListReplySchema,
  deductionBodySchema,
  exitBodySchema,
  moneyOutListReplySchema,
  moneyOutQuerySchema,
  withdrawBodySchema,
  bankCreditQuerySchema,
  matchBodySchema,
  remittanceReplySchema,
  returnRequestBodySchema,
  statementImportBodySchema,
  statementImportReplySchema,
  voucherVerifyQuerySchema,
  voucherVerifyReplySchema,
} from '../../../contracts/deposits';
import { providerCompanyName, requireOnboardedProvider } from '../onboarding';
import * as bank from './bank.service';
import * as outs from './money-out.service';
import { payRequirement } from './deposits.service';
import { verifyVoucher, voucherPdf } from './voucher.service';

const ok = { ok: true as const };

export async function depositsRoutes(app: FastifyInstance, ctx: AppContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['deposits'];
  r.get(
    '/api/provider/deposit/remittance',
    { schema: { tags, response: { 200: remittanceReplySchema } } },
    async (req) => {
      const p = await requireOnboardedProvider(ctx, req.actor);
      return {
        code: await bank.remittanceCode(ctx, p.providerId),
        ...ctx.config.collectionAccount,
      };
    },
  );
  const baseUrl = (req: FastifyRequest) => ctx.config.publicUrl ?? `${req.protocol}://${req.host}`;
  // 电子凭证: only the provider whose transaction it is (anyone else gets 404, as if it did not exist).
  r.get(
    '/api/provider/deposit/transactions/:id/voucher.pdf',
    { schema: { tags, params: idParamSchema } },
    async (req, reply) => {
      const p = await requireOnboardedProvider(ctx, req.actor);
      const v = await voucherPdf(ctx, p.providerId, req.params.id, baseUrl(req));
      return reply
        .header('content-type', 'application/pdf')
        .header('content-disposition', `attachment; filename="${v.fileName}"`)
        .header('cache-control', 'private, no-store')
        .send(v.pdf);
    },
  );
  // Anyone holding a voucher can check it: number + code → genuine (and the amount) or not.
  r.get(
    '/api/public/vouchers/verify',
    {
      schema: {
        tags,
        querystring: voucherVerifyQuerySchema,
        response: { 200: voucherVerifyReplySchema },
      },
      config: { rateLimit: { max: 30, timeWindow: '1 minute' } },
    },
    (req) => verifyVoucher(ctx, req.query.no, req.query.code),
  );
  r.post(
    '/api/provider/deposit/requirements/:id/pay',
    { schema: { tags, params: idParamSchema, response: { 200: okSchema } } },
    async (req) => {
      const p = await requireOnboardedProvider(ctx, req.actor);
      await payRequirement(ctx, req.actor!, p.providerId, req.params.id);
      return ok;
    },
  );

  r.post(
    '/api/provider/deposit/withdrawals',
    { schema: { tags, body: withdrawBodySchema, response: { 200: okSchema } } },
    async (req) => {
      const p = await requireOnboardedProvider(ctx, req.actor);
      await outs.requestWithdrawal(
        ctx,
        req.actor!,
        p.providerId,
        req.body.amountFen,
        req.body.reason,
      );
      return ok;
    },
  );
  r.post(
    '/api/provider/deposit/exit',
    { schema: { tags, body: exitBodySchema, response: { 200: okSchema } } },
    async (req) => {
      const p = await requireOnboardedProvider(ctx, req.actor);
      await outs.requestExit(ctx, req.actor!, p.providerId, req.body.reason);
      return ok;
    },
  );
  r.get(
    '/api/provider/deposit/withdrawals',
    { schema: { tags, response: { 200: moneyOutListReplySchema } } },
    async (req) => {
      const p = await requireOnboardedProvider(ctx, req.actor);
      return { items: await outs.listMoneyOuts(ctx, { providerId: p.providerId }) };
    },
  );

  const opsTags = ['ops'];
  r.post(
    '/api/ops/deposits/deductions',
    { schema: { tags: opsTags, body: deductionBodySchema, response: { 200: okSchema } } },
    async (req) => {
      await outs.proposeDeduction(ctx, req.actor, req.body);
      return ok;
    },
  );
  r.get(
    '/api/ops/deposits/money-outs',
    {
      schema: {
        tags: opsTags,
        querystring: moneyOutQuerySchema,
        response: { 200: moneyOutListReplySchema },
      },
    },
    async (req) => {
      requireOperator(req.actor, 'finance');
      return { items: await outs.listMoneyOuts(ctx, { state: req.query.state }) };
    },
  );
  r.post(
    '/api/ops/deposits/money-outs/:id/approve',
    { schema: { tags: opsTags, params: idParamSchema, response: { 200: okSchema } } },
    async (req) => {
      await outs.approveMoneyOut(ctx, req.actor, req.params.id);
      return ok;
    },
  );
  r.post(
    '/api/ops/deposits/money-outs/:id/reject',
    { schema: { tags: opsTags, params: idParamSchema, response: { 200: okSchema } } },
    async (req) => {
      await outs.rejectMoneyOut(ctx, req.actor, req.params.id);
      return ok;
    },
  );
  r.post(
    '/api/ops/deposits/statements',
    {
      schema: {
        tags: opsTags,
        body: statementImportBodySchema,
        response: { 200: statementImportReplySchema },
      },
    },
    (req) =>
      bank.importStatement(ctx, req.actor, { name: req.body.fileName, csv: req.body.csv }, (id) =>
        providerCompanyName(ctx, id),
      ),
  );
  r.get(
    '/api/ops/deposits/bank-credits',
    {
      schema: {
        tags: opsTags,
        querystring: bankCreditQuerySchema,
        response: { 200: bankCreditListReplySchema },
      },
    },
    async (req) => ({ items: await bank.listBankCredits(ctx, req.actor, req.query.state) }),
  );
  r.post(
    '/api/ops/deposits/bank-credits/:id/match',
    {
      schema: {
        tags: opsTags,
        params: idParamSchema,
        body: matchBodySchema,
        response: { 200: okSchema },
      },
    },
    async (req) => {
      await bank.matchBankCredit(ctx, req.actor, req.params.id, req.body.providerId);
      return ok;
    },
  );
  r.post(
    '/api/ops/deposits/bank-credits/:id/return-request',
    {
      schema: {
        tags: opsTags,
        params: idParamSchema,
        body: returnRequestBodySchema,
        response: { 200: okSchema },
      },
    },
    async (req) => {
      await bank.requestBankReturn(ctx, req.actor, req.params.id, req.body.reason);
      return ok;
    },
  );
  r.post(
    '/api/ops/deposits/bank-credits/:id/return-approve',
    { schema: { tags: opsTags, params: idParamSchema, response: { 200: okSchema } } },
    async (req) => {
      await bank.approveBankReturn(ctx, req.actor, req.params.id);
      return ok;
    },
  );
}
