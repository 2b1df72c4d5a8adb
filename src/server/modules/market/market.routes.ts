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

/** Cached browse answers live this long at most: sales and ratings do not bump the version. */
const STATS_TTL_MS = 30_000;
const MAX_ENTRIES = 500;

/**
 * The browse cache of ONE app instance (ADR 0006): JSON bytes keyed by URL, valid for one value of
 * `market_state.version`. A change to any listing bumps that version in its own transaction and
 * announces it (NOTIFY) when it commits; every instance drops its entries when it learns of it
 * (`MarketVersion`).
 */
export class BrowseCache {
  private version = -1;
  private entries = new Map<string, { body: string; at: number }>();

  get(version: number, key: string, now: number): string | null {
    if (version !== this.version) {
      this.entries.clear();
      this.version = version;
      return null;
    }
    const e = this.entries.get(key);
    if (!e || now - e.at > STATS_TTL_MS) return null;
    return e.body;
  }

  set(version: number, key: string, body: string, now: number) {
    if (version !== this.version) return;
    if (this.entries.size >= MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(key, { body, at: now });
  }
}

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
    const now = ctx.clock.now().getTime();
    const hit = cache.get(v, key, now);
    if (hit) return { body: hit, hit: true };
    const body = JSON.stringify(await build());
    cache.set(v, key, body, now);
    return { body, hit: false };
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
