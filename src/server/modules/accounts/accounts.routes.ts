import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Actor, AppContext } from '../../platform/context';
import {
  operatorLoginBodySchema,
  qrStartBodySchema,
  qrStartReplySchema,
  qrStatusReplySchema,
  sessionReplySchema,
  smsSendBodySchema,
  smsSendReplySchema,
  smsVerifyBodySchema,
} from '../../../contracts/auth';
import { okSchema } from '../../../contracts/common';
import { requireKind } from '../../platform/guards';
import * as svc from './accounts.service';

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor | null;
  }
}

export const SESSION_COOKIE = 'fuwu_sid';
const QR_COOKIE = 'fuwu_qr';
const tags = ['auth'];

export type SessionReplyBuilder = (
  req: FastifyRequest,
  reply: FastifyReply,
) => Promise<z.infer<typeof sessionReplySchema>>;

export async function accountsRoutes(
  app: FastifyInstance,
  ctx: AppContext,
  sessionReply: SessionReplyBuilder,
) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  // Max-Age, not Expires: a lifetime relative to now does not depend on the browser's clock.
  const cookieOpts = (expires?: Date) => ({
    path: '/',
    httpOnly: true,
    sameSite: 'lax' as const,
    secure: ctx.config.cookieSecure,
    ...(expires
      ? { maxAge: Math.max(1, Math.round((expires.getTime() - ctx.clock.now().getTime()) / 1000)) }
      : {}),
  });
  const setSession = (reply: FastifyReply, s: svc.NewSession) =>
    reply.setCookie(SESSION_COOKIE, s.token, cookieOpts(s.expiresAt));
  const signedIn = async (req: FastifyRequest, reply: FastifyReply, s: svc.NewSession) => {
    setSession(reply, s);
    req.actor = await svc.resolveSession(ctx, s.token);
    return sessionReply(req, reply);
  };

  app.decorateRequest('actor', null);
  app.addHook('onRequest', async (req) => {
    req.actor = await svc.resolveSession(ctx, req.cookies[SESSION_COOKIE]);
  });

  r.get('/api/session', { schema: { tags, response: { 200: sessionReplySchema } } }, (req, reply) =>
    sessionReply(req, reply),
  );

  const smsLimit = { rateLimit: { max: 30, timeWindow: '10 minutes' } };
  r.post(
    '/api/auth/sms/send',
    {
      config: smsLimit,
      schema: { tags, body: smsSendBodySchema, response: { 200: smsSendReplySchema } },
    },
    (req) => svc.sendSmsCode(ctx, req.body.mobile),
  );
  r.post(
    '/api/auth/sms/verify',
    {
      config: smsLimit,
      schema: { tags, body: smsVerifyBodySchema, response: { 200: sessionReplySchema } },
    },
    async (req, reply) =>
      signedIn(req, reply, await svc.signInWithSms(ctx, req.body, req.cookies[SESSION_COOKIE])),
  );
  r.post(
    '/api/auth/operator/login',
    {
      config: { rateLimit: { max: 20, timeWindow: '10 minutes' } },
      schema: { tags, body: operatorLoginBodySchema, response: { 200: sessionReplySchema } },
    },
    async (req, reply) =>
      signedIn(req, reply, await svc.signInOperator(ctx, req.body, req.cookies[SESSION_COOKIE])),
  );
  r.post(
    '/api/auth/logout',
    { schema: { tags, response: { 200: okSchema } } },
    async (req, reply) => {
      await svc.signOut(ctx, req.cookies[SESSION_COOKIE]);
      reply.clearCookie(SESSION_COOKIE, cookieOpts());
      return { ok: true as const };
    },
  );

  r.post(
    '/api/auth/qr',
    {
      config: smsLimit,
      schema: { tags, body: qrStartBodySchema, response: { 200: qrStartReplySchema } },
    },
    async (req, reply) => {
      const origin = ctx.config.publicUrl ?? `${req.protocol}://${req.host}`;
      const qr = await svc.startQr(ctx, req.body.role, origin);
      reply.setCookie(QR_COOKIE, qr.browserSecret, cookieOpts(qr.expiresAt));
      return {
        id: qr.id,
        confirmUrl: qr.confirmUrl,
        qrSvg: qr.qrSvg,
        expiresAt: qr.expiresAt.toISOString(),
      };
    },
  );
  r.get(
    '/api/auth/qr/:id',
    {
      schema: {
        tags,
        params: z.object({ id: z.string().max(64) }),
        response: { 200: qrStatusReplySchema },
      },
    },
    async (req, reply) => {
      const res = await svc.pollQr(
        ctx,
        req.params.id,
        req.cookies[QR_COOKIE],
        req.cookies[SESSION_COOKIE],
      );
      if (res.session) setSession(reply, res.session);
      return { status: res.status };
    },
  );
  r.post(
    '/api/auth/qr/:id/confirm',
    { schema: { tags, params: z.object({ id: z.string().max(64) }), response: { 200: okSchema } } },
    async (req) => {
      await svc.confirmQr(
        ctx,
        requireKind(req.actor, req.actor?.kind === 'merchant' ? 'merchant' : 'provider'),
        req.params.id,
      );
      return { ok: true as const };
    },
  );
}
