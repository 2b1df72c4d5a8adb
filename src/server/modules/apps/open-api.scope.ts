import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { AppContext } from '../../platform/context';
import { resolveAccessToken, type OpenAccess } from './oauth-grants.service';

declare module 'fastify' {
  interface FastifyRequest {
    openAccess: OpenAccess | null;
  }
}

/**
 * Turns an encapsulated route scope into an open-API one (`/open/v1/…`): every request gets
 * `req.openAccess` from its bearer token (the one merchant who authorized the app, within its
 * scopes), and 401/403 replies carry `WWW-Authenticate` (RFC 6750 §3). Each module that serves
 * open-API routes registers its own scope and calls this first.
 */
export function openApiScope(scope: FastifyInstance, ctx: AppContext) {
  scope.decorateRequest('openAccess', null);
  scope.addHook('preHandler', async (req: FastifyRequest) => {
    req.openAccess = await resolveAccessToken(ctx, req.headers.authorization);
  });
  scope.addHook('onSend', async (_req, reply, payload) => {
    if (reply.statusCode === 401)
      reply.header('www-authenticate', 'Bearer realm="fuwu", error="invalid_token"');
    if (reply.statusCode === 403)
      reply.header('www-authenticate', 'Bearer realm="fuwu", error="insufficient_scope"');
    return payload;
  });
}
