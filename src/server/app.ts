import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import cookie from '@fastify/cookie';
import csrf from '@fastify/csrf-protection';
import helmet from '@fastify/helmet';
import multipart from '@fastify/multipart';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
} from 'fastify-type-provider-zod';
import type { AppContext } from './platform/context';
import { installErrorHandler } from './platform/http';
import { lazyApiDocs } from './platform/api-docs';
import { accountsRoutes, describeActor } from './modules/accounts';
import { onboardingRoutes } from './modules/onboarding';
import { notificationsRoutes } from './modules/notifications';
import { auditRoutes } from './modules/audit';
import { policyRoutes, getPolicy, ensureCookieSecret } from './modules/policy';
import { catalogRoutes } from './modules/catalog';
import { filesRoutes } from './modules/files';
import { createSandboxGateway, sandboxRoutes, type PaymentGateway } from './modules/payments';
import { depositPaymentRoutes } from './flows/deposit-payment.routes';
import { marketOrderRoutes } from './flows/market-orders.routes';
import { depositsRoutes } from './modules/deposits';

import { qualificationsRoutes, certificationRoutes } from './modules/qualifications';
import { appsRoutes, oauthMarketRoutes, oauthRoutes, openApiRoutes } from './modules/apps';
import { servicesRoutes } from './modules/services';
import { servicePorts } from './flows/service-ports';
import { providerPenaltyRoutes } from './flows/provider-penalties.routes';
import { ensureMarketListings, marketRoutes } from './modules/market';

declare module 'fastify' {
  interface FastifyInstance {
    gateway: PaymentGateway;
  }
}

/**
 * Every route validates and serialises with zod: without these factories Fastify loads ajv and
 * fast-json-stringify at every start (~0.1 s quiet) and never uses them. (Fastify's types expect
 * ajv-shaped compilers; at runtime a factory returns any schema compiler.)
 */
type CompilerFactories = NonNullable<
  NonNullable<FastifyServerOptions['schemaController']>['compilersFactory']
>;
const zodCompilers = {
  buildValidator: () => validatorCompiler,
  buildSerializer: () => serializerCompiler,
} as unknown as CompilerFactories;

const webRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../dist/web');
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Builds the whole HTTP application on a prepared database; never listens (tests inject). */
export async function buildApp(
  ctx: AppContext,
  opts: { logger?: boolean; logStream?: NodeJS.WritableStream } = {},
): Promise<FastifyInstance> {
  const app = Fastify({
    logger: opts.logger
      ? {
          level: ctx.config.logLevel,
          ...(opts.logStream ? { stream: opts.logStream } : {}),
          // Plugins may log headers (multipart does at trace level): never cookies or tokens.
          redact: {
            paths: [
              'busboyOptions.headers',
              '*.headers.cookie',
              '*.headers.authorization',
              '*.headers["x-csrf-token"]',
            ],
            censor: '[redacted]',
          },
          // Bodies, cookies and query strings are never logged: they carry mobiles and ID numbers.
          serializers: {
            req: (req) => ({ method: req.method, url: req.url.split('?')[0], id: req.id }),
            res: (res) => ({ statusCode: res.statusCode }),
          },
        }
      : false,
    trustProxy: true,
    bodyLimit: 1024 * 1024,
    schemaController: { compilersFactory: zodCompilers },
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  installErrorHandler(app, ctx.config.maxUploadBytes);
  // A first start makes the gateway's RSA key pair (~0.2 s of CPU) off the main thread: started
  // now, it is made while the plugins and the other routes are set up.
  const gatewayMade = createSandboxGateway(ctx);
  gatewayMade.catch(() => {}); // awaited below; this only keeps an early throw from going unhandled

  lazyApiDocs(app, {
    swagger: {
      openapi: {
        info: {
          title: 'Fuwu API',
          version: '0.1.0',
          description: '服务市场 / service marketplace',
        },
        components: {
          securitySchemes: { bearerAuth: { type: 'http', scheme: 'bearer' } },
        },
      },
      transform: jsonSchemaTransform,
    },
    uiPrefix: '/api/docs',
    compilers: zodCompilers,
  });
  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        scriptSrc: ["'self'"],
      },
    },
  });
  await app.register(cookie, { secret: await ensureCookieSecret(ctx) });
  await app.register(csrf, {
    cookieKey: 'fuwu_csrf',
    cookieOpts: {
      path: '/',
      httpOnly: true,
      sameSite: 'strict',
      secure: ctx.config.cookieSecure,
      signed: true,
    },
    getToken: (req) => req.headers['x-csrf-token'] as string | undefined,
  });
  await app.register(rateLimit, { global: false });
  await app.register(multipart, {
    limits: { fileSize: ctx.config.maxUploadBytes, files: 1, fields: 5 },
    throwFileSizeLimit: true,
  });

  // CSRF on every state-changing API call (the token comes from GET /api/session).
  app.addHook('onRequest', (req, reply, done) => {
    if (SAFE_METHODS.has(req.method) || !req.url.startsWith('/api/')) return done();
    app.csrfProtection(req, reply, done);
  });

  await accountsRoutes(app, ctx, async (req, reply) => ({
    actor: describeActor(req.actor),
    csrfToken: reply.generateCsrf(),
    policy: await getPolicy(ctx),
  }));
  await onboardingRoutes(app, ctx);
  await notificationsRoutes(app, ctx);
  await auditRoutes(app, ctx);
  await policyRoutes(app, ctx);
  await catalogRoutes(app, ctx);
  await filesRoutes(app, ctx);
  await depositsRoutes(app, ctx);
  await qualificationsRoutes(app, ctx);
  await certificationRoutes(app, ctx);
  await appsRoutes(app, ctx);
  await oauthMarketRoutes(app, ctx);
  await oauthRoutes(app, ctx);
  await openApiRoutes(app, ctx);
  await servicesRoutes(app, ctx, servicePorts);
  await providerPenaltyRoutes(app, ctx, servicePorts);
  await ensureMarketListings(ctx);
  await marketRoutes(app, ctx);
  // The routes that need the gateway come last: a first start's key pair has the longest to be
  // made while everything else is set up.
  const gateway = await gatewayMade;
  app.decorate('gateway', gateway);
  await depositPaymentRoutes(app, ctx, gateway);
  await sandboxRoutes(app, gateway);
  await marketOrderRoutes(app, ctx, gateway);

  app.get('/healthz', { schema: { hide: true } }, async () => ({
    status: 'ok',
    db: ctx.database.kind,
  }));

  if (fs.existsSync(path.join(webRoot, 'index.html'))) {
    // `serve: false`: only `reply.sendFile`. Serving each built file as its own route made the
    // plugin list dist/web and add ~430 routes at every start (~0.1 s); `/assets/*` and the SPA
    // fallback below serve the same files.
    await app.register(fastifyStatic, { root: webRoot, serve: false });
    app.get('/assets/*', { schema: { hide: true } }, (req, reply) =>
      reply.sendFile(req.url.split('?')[0].slice(1)),
    );
  }
  app.setNotFoundHandler((req, reply) => {
    const spa =
      req.method === 'GET' &&
      !req.url.startsWith('/api/') &&
      fs.existsSync(path.join(webRoot, 'index.html'));
    if (spa) return reply.header('cache-control', 'no-cache').sendFile('index.html');
    return reply
      .code(404)
      .send({ code: 'COMMON.NOT_FOUND', message: req.lang === 'en-US' ? 'Not found' : '未找到' });
  });
  return app;
}
