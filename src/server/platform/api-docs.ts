import type {
  FastifyInstance,
  FastifyReply,
  FastifyRequest,
  FastifyServerOptions,
  RouteOptions,
} from 'fastify';
import type { FastifyDynamicSwaggerOptions } from '@fastify/swagger';

type CompilersFactory = NonNullable<
  NonNullable<FastifyServerOptions['schemaController']>['compilersFactory']
>;

/** Response headers of the docs instance that belong to its own (injected) connection. */
const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'transfer-encoding', 'date']);

/**
 * The OpenAPI document (`GET /api/openapi.json`) and Swagger UI (`uiPrefix`), made on the first
 * request for either instead of at every start: registering @fastify/swagger and
 * @fastify/swagger-ui loaded their modules (yaml, the JSON Schema resolver, the UI's static
 * files) and set up their routes before the first page could answer (~0.1-0.2 s). Call it before
 * any route is added: it records every route that the document shows (hidden ones never appear
 * in it), and the first request builds a separate Fastify instance with both plugins and those
 * routes (schemas only, no handlers) — the same document @fastify/swagger made from the app
 * itself. Swagger UI's pages and files are answered by that instance, forwarded as they are.
 */
export function lazyApiDocs(
  app: FastifyInstance,
  opts: { swagger: FastifyDynamicSwaggerOptions; uiPrefix: string; compilers: CompilersFactory },
): void {
  const routes: RouteOptions[] = [];
  app.addHook('onRoute', (route) => {
    // @fastify/swagger leaves out HEAD routes (the docs instance adds its own for each GET).
    if (route.method === 'HEAD' || route.schema?.hide) return;
    routes.push(route);
  });

  const build = async (): Promise<FastifyInstance> => {
    const [{ default: Fastify }, { default: swagger }, { default: swaggerUi }] = await Promise.all([
      import('fastify'),
      import('@fastify/swagger'),
      import('@fastify/swagger-ui'),
    ]);
    const docs = Fastify({ schemaController: { compilersFactory: opts.compilers } });
    await docs.register(swagger, opts.swagger);
    await docs.register(swaggerUi, { routePrefix: opts.uiPrefix });
    const unused = () => {
      throw new Error('the API docs instance only describes routes');
    };
    for (const r of routes)
      docs.route({
        method: r.method,
        url: r.url,
        schema: r.schema,
        config: r.config,
        handler: unused,
      });
    await docs.ready();
    return docs;
  };
  let docs: Promise<FastifyInstance> | undefined;
  const load = () =>
    (docs ??= build().catch((e: unknown) => {
      docs = undefined; // a later request tries again
      throw e;
    }));

  app.get('/api/openapi.json', { schema: { hide: true } }, async () => (await load()).swagger());
  const forward = async (req: FastifyRequest, reply: FastifyReply) => {
    const res = await (
      await load()
    ).inject({
      method: 'GET',
      url: req.url,
      headers: { ...req.headers, 'accept-encoding': 'identity' },
    });
    if (res.statusCode === 404) return reply.callNotFound(); // the app's own not-found answer
    for (const [name, value] of Object.entries(res.headers))
      if (value !== undefined && !HOP_BY_HOP.has(name.toLowerCase())) reply.header(name, value);
    reply.code(res.statusCode);
    return res.rawPayload.length ? reply.send(res.rawPayload) : reply.send();
  };
  app.get(opts.uiPrefix, { schema: { hide: true } }, forward);
  app.get(`${opts.uiPrefix}/*`, { schema: { hide: true } }, forward);
}
