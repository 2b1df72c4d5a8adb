import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../../platform/context';
import {
  marketHomeReplySchema,
  marketSearchQuerySchema,
  marketSearchReplySchema,
} from '../../../contracts/market';
import { marketHome, readMarketVersion, searchListings } from './market.service';
import { MarketVersion } from './market-version';
import { BrowseCache } from './browse-cache';

/**
 * Sends JSON bytes as they are: Fastify does not serialize a string, so the cached bytes go out
 * untouched and search skips a second validation pass (the contract types what is serialized).
 */
function sendJson(reply: FastifyReply, body: string, cache: 'hit' | 'miss' | 'none') {
  return reply.type('application/json').header('x-cache', cache).send(body);
}

/** Merchant-facing browse and search (`/api/market/home`, `/api/market/search`), public. */
export async function marketRoutes(app: FastifyInstance, ctx: AppContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['market'];
  const cache = new BrowseCache();
  const version = new MarketVersion(async () => (await readMarketVersion(ctx)) ?? 0);
  const stop = await version.start(ctx.database);
  app.addHook('onClose', stop);

  async function cached(key: string, build: () => Promise<unknown>) {
    const v = await version.current();
    return cache.answer(v, key, ctx.clock.now().getTime(), async () =>
      JSON.stringify(await build()),
    );
  }

  r.get(
    '/api/market/home',
    { schema: { tags, response: { 200: marketHomeReplySchema } } },
    async (_req, reply) => {
      const { body, hit } = await cached('home', () => marketHome(ctx));
      sendJson(reply as FastifyReply, body, hit ? 'hit' : 'miss');
      return reply;
    },
  );
  r.get(
    '/api/market/search',
    {
      schema: {
        tags,
        querystring: marketSearchQuerySchema,
        response: { 200: marketSearchReplySchema },
      },
    },
    async (req, reply) => {
      const query = req.query;
      if (query.q) {
        const body = JSON.stringify(await searchListings(ctx, query));
        sendJson(reply as FastifyReply, body, 'none');
        return reply;
      }
      // A category listing is browse: cached per normalised query.
      const key = `list:${JSON.stringify(query)}`;
      const { body, hit } = await cached(key, () => searchListings(ctx, query));
      sendJson(reply as FastifyReply, body, hit ? 'hit' : 'miss');
      return reply;
    },
  );
}
