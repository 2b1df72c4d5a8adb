import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../platform/context';
import { idParamSchema } from '../../../contracts/common';
import { fileRefSchema } from '../../../contracts/onboarding';
import { certificationSummarySchema } from '../../../contracts/certification';
import {
  createQualificationBodySchema,
  opsQualificationDetailSchema,
  opsQualificationListQuerySchema,
  opsQualificationListReplySchema,
  qualificationDetailSchema,
  qualificationModeSchema,
  qualificationOptionsReplySchema,
  qualificationSummarySchema,
  saveMaterialsBodySchema,
  submitQualificationBodySchema,
  uploadKindParamSchema,
} from '../../../contracts/qualifications';
import * as apply from './qualification-apply.service';
import * as submit from './qualification-submit.service';
import * as views from './qualification-views.service';
import * as review from './qualification-review.service';
import { decisionRoutes } from './review.http';
import { readUpload } from '../../platform/upload';

const mineSchema = z.object({
  mode: qualificationModeSchema,
  applications: z.array(qualificationSummarySchema),
  certification: certificationSummarySchema,
});
const submitReplySchema = z.object({
  state: z.literal('submitted'),
  expectedFrom: z.string(),
  expectedBy: z.string(),
});

export async function qualificationsRoutes(app: FastifyInstance, ctx: AppContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['qualifications'];
  const base = '/api/provider/qualifications';
  const detail = { tags, params: idParamSchema, response: { 200: qualificationDetailSchema } };

  r.get(base, { schema: { tags, response: { 200: mineSchema } } }, (req) =>
    views.getMyQualifications(ctx, req.actor),
  );
  r.get(
    `${base}/options`,
    { schema: { tags, response: { 200: qualificationOptionsReplySchema } } },
    (req) => apply.getOptions(ctx, req.actor, req.lang),
  );
  r.post(
    base,
    {
      schema: {
        tags,
        body: createQualificationBodySchema,
        response: { 200: qualificationSummarySchema },
      },
    },
    (req) => apply.createApplication(ctx, req.actor, req.body),
  );
  r.post(
    `${base}/files/:kind`,
    { schema: { tags, params: uploadKindParamSchema, response: { 200: fileRefSchema } } },
    async (req) => submit.uploadMaterial(ctx, req.actor, req.params.kind, await readUpload(req)),
  );
  r.get(`${base}/:id`, { schema: detail }, (req) =>
    views.getMyApplication(ctx, req.actor, req.params.id),
  );
  r.put(
    `${base}/:id/draft`,
    { schema: { ...detail, body: saveMaterialsBodySchema } },
    async (req) => {
      await submit.saveMaterials(ctx, req.actor, req.params.id, req.body.materials);
      return views.getMyApplication(ctx, req.actor, req.params.id);
    },
  );
  r.post(
    `${base}/:id/submit`,
    {
      schema: {
        tags,
        params: idParamSchema,
        body: submitQualificationBodySchema,
        response: { 200: submitReplySchema },
      },
    },
    (req) => submit.submitApplication(ctx, req.actor, req.params.id, req.body?.materials),
  );
  r.post(`${base}/:id/withdraw`, { schema: detail }, async (req) => {
    await submit.withdrawApplication(ctx, req.actor, req.params.id);
    return views.getMyApplication(ctx, req.actor, req.params.id);
  });

  const ops = { tags: ['ops'] };
  r.get(
    '/api/ops/qualifications',
    {
      schema: {
        ...ops,
        querystring: opsQualificationListQuerySchema,
        response: { 200: opsQualificationListReplySchema },
      },
    },
    (req) => review.listQualificationsForReview(ctx, req.actor, req.query),
  );
  r.get(
    '/api/ops/qualifications/:id',
    { schema: { ...ops, params: idParamSchema, response: { 200: opsQualificationDetailSchema } } },
    (req) => review.getQualificationForReview(ctx, req.actor, req.params.id),
  );
  decisionRoutes(app, '/api/ops/qualifications', (actor, id, d) =>
    review.decideQualification(ctx, actor, id, d),
  );
}
