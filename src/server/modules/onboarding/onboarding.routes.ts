import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../../platform/context';
import { readUpload } from '../../platform/upload';
import { idParamSchema, okSchema } from '../../../contracts/common';
import {
  acceptAgreementsBodySchema,
  eligibilityBodySchema,
  eligibilityReplySchema,
  fileRefSchema,
  myOnboardingReplySchema,
  onboardingDraftSchema,
  rejectBodySchema,
  reviewDetailReplySchema,
  reviewListQuerySchema,
  reviewListReplySchema,
  submitReplySchema,
} from '../../../contracts/onboarding';
import * as svc from './onboarding.service';
import * as review from './onboarding-review.service';

export async function onboardingRoutes(app: FastifyInstance, ctx: AppContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['onboarding'];
  const mine = { tags, response: { 200: myOnboardingReplySchema } };

  r.get('/api/provider/onboarding', { schema: mine }, (req) =>
    svc.getMyOnboarding(ctx, req.actor, req.lang),
  );
  r.post(
    '/api/provider/onboarding/agreements',
    { schema: { ...mine, body: acceptAgreementsBodySchema } },
    async (req) => {
      await svc.acceptAgreements(ctx, req.actor, req.body.accept);
      return svc.getMyOnboarding(ctx, req.actor, req.lang);
    },
  );
  r.post(
    '/api/provider/onboarding/eligibility',
    { schema: { tags, body: eligibilityBodySchema, response: { 200: eligibilityReplySchema } } },
    async (req) => {
      await svc.checkEligibility(ctx, req.actor, req.body.entityType);
      return { eligible: true as const };
    },
  );
  r.put(
    '/api/provider/onboarding/draft',
    { schema: { ...mine, body: onboardingDraftSchema } },
    async (req) => {
      await svc.saveDraft(ctx, req.actor, req.body);
      return svc.getMyOnboarding(ctx, req.actor, req.lang);
    },
  );
  r.post(
    '/api/provider/onboarding/licence',
    { schema: { tags, response: { 200: fileRefSchema } } },
    async (req) => svc.uploadLicence(ctx, req.actor, await readUpload(req)),
  );
  r.post(
    '/api/provider/onboarding/submit',
    { schema: { tags, response: { 200: submitReplySchema } } },
    (req) => svc.submitApplication(ctx, req.actor),
  );
  r.get(
    '/api/provider/onboarding/applications/:id',
    { schema: { tags, params: idParamSchema, response: { 200: myOnboardingReplySchema } } },
    (req) => svc.getMyApplicationById(ctx, req.actor, req.params.id, req.lang),
  );

  const opsTags = ['ops'];
  r.get(
    '/api/ops/onboarding',
    {
      schema: {
        tags: opsTags,
        querystring: reviewListQuerySchema,
        response: { 200: reviewListReplySchema },
      },
    },
    (req) => review.listForReview(ctx, req.actor, req.query),
  );
  r.get(
    '/api/ops/onboarding/:id',
    {
      schema: { tags: opsTags, params: idParamSchema, response: { 200: reviewDetailReplySchema } },
    },
    (req) => review.getForReview(ctx, req.actor, req.params.id),
  );
  r.post(
    '/api/ops/onboarding/:id/approve',
    { schema: { tags: opsTags, params: idParamSchema, response: { 200: okSchema } } },
    async (req) => {
      await review.approveApplication(ctx, req.actor, req.params.id);
      return { ok: true as const };
    },
  );
  r.post(
    '/api/ops/onboarding/:id/reject',
    {
      schema: {
        tags: opsTags,
        params: idParamSchema,
        body: rejectBodySchema,
        response: { 200: okSchema },
      },
    },
    async (req) => {
      await review.rejectApplication(ctx, req.actor, req.params.id, req.body);
      return { ok: true as const };
    },
  );
}
