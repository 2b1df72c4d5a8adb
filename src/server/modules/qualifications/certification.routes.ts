import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../platform/context';
import { idParamSchema } from '../../../contracts/common';
import { fileRefSchema } from '../../../contracts/onboarding';
import {
  agentSubmitBodySchema,
  certUploadKindParamSchema,
  enterpriseReplySchema,
  legalCodeBodySchema,
  legalCodeReplySchema,
  legalSubmitBodySchema,
  myCertificationReplySchema,
  opsCertificationDetailSchema,
  opsCertificationListQuerySchema,
  opsCertificationListReplySchema,
} from '../../../contracts/certification';
import * as cert from './certification.service';
import * as agent from './certification-agent.service';
import * as legal from './certification-legal.service';
import * as review from './certification-review.service';
import { getEnterprise } from './enterprise.service';
import { decisionRoutes } from './review.http';
import { readUpload } from '../../platform/upload';

const submittedSchema = z.object({ state: z.literal('submitted'), expectedBy: z.string() });

export async function certificationRoutes(app: FastifyInstance, ctx: AppContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['certification'];
  const base = '/api/provider/certification';

  r.get(base, { schema: { tags, response: { 200: myCertificationReplySchema } } }, (req) =>
    cert.getMyCertification(ctx, req.actor),
  );
  r.post(
    `${base}/legal/code`,
    { schema: { tags, body: legalCodeBodySchema, response: { 200: legalCodeReplySchema } } },
    (req) => legal.sendLegalCode(ctx, req.actor, req.body),
  );
  r.post(
    `${base}/legal`,
    { schema: { tags, body: legalSubmitBodySchema, response: { 200: submittedSchema } } },
    (req) => legal.submitLegalCertification(ctx, req.actor, req.body),
  );
  r.post(
    `${base}/agent`,
    { schema: { tags, body: agentSubmitBodySchema, response: { 200: submittedSchema } } },
    (req) => agent.submitAgentCertification(ctx, req.actor, req.body),
  );
  r.post(
    `${base}/files/:kind`,
    { schema: { tags, params: certUploadKindParamSchema, response: { 200: fileRefSchema } } },
    async (req) =>
      agent.uploadCertificationFile(ctx, req.actor, req.params.kind, await readUpload(req)),
  );
  r.get(
    '/api/provider/enterprise',
    { schema: { tags: ['enterprise'], response: { 200: enterpriseReplySchema } } },
    (req) => getEnterprise(ctx, req.actor),
  );

  const ops = { tags: ['ops'] };
  r.get(
    '/api/ops/certifications',
    {
      schema: {
        ...ops,
        querystring: opsCertificationListQuerySchema,
        response: { 200: opsCertificationListReplySchema },
      },
    },
    (req) => review.listCertificationsForReview(ctx, req.actor, req.query),
  );
  r.get(
    '/api/ops/certifications/:id',
    { schema: { ...ops, params: idParamSchema, response: { 200: opsCertificationDetailSchema } } },
    (req) => review.getCertificationForReview(ctx, req.actor, req.params.id),
  );
  decisionRoutes(app, '/api/ops/certifications', (actor, id, d) =>
    review.decideCertification(ctx, actor, id, d),
  );
}
