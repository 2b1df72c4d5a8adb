import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import {
  hasZodFastifySchemaValidationErrors,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../platform/context';
import { t } from '../../platform/messages';
import { appScopes } from '../../../contracts/apps';
import {
  authorizeQuerySchema,
  oauthErrorSchema,
  revokeBodySchema,
  tokenBodySchema,
  tokenReplySchema,
} from '../../../contracts/oauth';
import { OAuthError } from './oauth.errors';
import { startAuthorization } from './oauth-authorize.service';
import { exchangeToken, revokeToken } from './oauth-token.service';
import { errorPage } from './oauth-page';

const FORM = 'application/x-www-form-urlencoded';

/** The issuer: the configured public URL, else the origin the request came to. */
export function issuerOf(ctx: AppContext, req: FastifyRequest): string {
  return (ctx.config.publicUrl ?? `${req.protocol}://${req.host}`).replace(/\/+$/, '');
}

/** Form bodies, with a repeated parameter kept as a list (so validation refuses it, RFC 6749 §3.2). */
function parseForm(
  _req: FastifyRequest,
  body: string,
  done: (e: Error | null, v?: unknown) => void,
) {
  const out: Record<string, string | string[]> = {};
  for (const [k, v] of new URLSearchParams(body)) {
    const prev = out[k];
    out[k] = prev === undefined ? v : [...[prev].flat(), v];
  }
  done(null, out);
}

function oauthErrorHandler(err: FastifyError, req: FastifyRequest, reply: FastifyReply) {
  if (req.routeOptions.url === '/oauth/authorize')
    return reply
      .code(400)
      .type('text/html; charset=utf-8')
      .send(errorPage(t('OAUTH.INVALID_REQUEST', req.lang), req.lang));
  const e =
    err instanceof OAuthError
      ? err
      : hasZodFastifySchemaValidationErrors(err) || (err.statusCode ?? 500) < 500
        ? new OAuthError('invalid_request', 'the request is malformed')
        : new OAuthError('server_error', 'unexpected error', 500);
  if (e.status >= 500) req.log.error({ err }, 'oauth endpoint failed');
  if (e.status === 401) reply.header('www-authenticate', 'Basic realm="fuwu"');
  return reply
    .code(e.status)
    .header('cache-control', 'no-store')
    .send({ error: e.error, error_description: e.description });
}

/**
 * The authorization server's own endpoints, outside `/api/` (no CSRF header: the token and
 * revocation endpoints are called server-to-server and authenticate the client instead).
 */
export async function oauthRoutes(app: FastifyInstance, ctx: AppContext) {
  await app.register(async (scope) => {
    scope.addContentTypeParser(FORM, { parseAs: 'string' }, (req, body, done) =>
      parseForm(req, body as string, done),
    );
    scope.setErrorHandler(oauthErrorHandler);
    const r = scope.withTypeProvider<ZodTypeProvider>();
    const tags = ['oauth'];
    const requireForm = async (req: FastifyRequest) => {
      if (!String(req.headers['content-type'] ?? '').startsWith(FORM))
        throw new OAuthError('invalid_request', `the body must be ${FORM}`);
    };
    const errors = { 400: oauthErrorSchema, 401: oauthErrorSchema };

    r.get('/.well-known/oauth-authorization-server', { schema: { tags } }, (req) => {
      const iss = issuerOf(ctx, req);
      return {
        issuer: iss,
        authorization_endpoint: `${iss}/oauth/authorize`,
        token_endpoint: `${iss}/oauth/token`,
        revocation_endpoint: `${iss}/oauth/revoke`,
        scopes_supported: [...appScopes],
        response_types_supported: ['code'],
        response_modes_supported: ['query'],
        grant_types_supported: ['authorization_code', 'refresh_token'],
        code_challenge_methods_supported: ['S256'],
        token_endpoint_auth_methods_supported: ['client_secret_basic', 'client_secret_post'],
        revocation_endpoint_auth_methods_supported: ['client_secret_basic', 'client_secret_post'],
        authorization_response_iss_parameter_supported: true,
        service_documentation: `${iss}/api/docs`,
      };
    });

    r.get(
      '/oauth/authorize',
      { schema: { tags, querystring: authorizeQuerySchema } },
      async (req, reply) => {
        const out = await startAuthorization(ctx, req.query, issuerOf(ctx, req));
        if (out.kind === 'location') return reply.redirect(out.url, 302);
        return reply
          .code(400)
          .type('text/html; charset=utf-8')
          .send(errorPage(t(out.code, req.lang), req.lang));
      },
    );

    r.post(
      '/oauth/token',
      {
        preValidation: requireForm,
        schema: { tags, body: tokenBodySchema, response: { 200: tokenReplySchema, ...errors } },
      },
      async (req, reply) => {
        const reply200 = await exchangeToken(ctx, req.body, req.headers.authorization);
        return reply
          .header('cache-control', 'no-store')
          .header('pragma', 'no-cache')
          .send(reply200);
      },
    );

    r.post(
      '/oauth/revoke',
      {
        preValidation: requireForm,
        schema: { tags, body: revokeBodySchema, response: { 200: z.object({}), ...errors } },
      },
      async (req) => {
        await revokeToken(ctx, req.body, req.headers.authorization);
        return {};
      },
    );
  });
}
