import type { AppContext } from '../../platform/context';
import { sql } from '../../platform/db';

/**
 * Does this provider have an app online on the open platform? Tool categories need one (seed §二
 * 1.1). The apps module is built on another branch: this port is the only place that knows how to
 * ask, so the merge swaps the default below for the apps module's `hasOnlineApp` in one line.
 */
export type OnlineAppCheck = (ctx: AppContext, providerId: string) => Promise<boolean>;

/**
 * Until then: an `apps` table with `provider_id` and `state = 'online'`, if that table exists
 * (`to_regclass`), else false. Never call it inside a transaction (it reads through `ctx.db`).
 */
export const defaultOnlineAppCheck: OnlineAppCheck = async (ctx, providerId) => {
  const [reg] = await ctx.database.rows<{ t: string | null }>(
    sql`select to_regclass('public.apps')::text as t`,
  );
  if (!reg?.t) return false;
  const rows = await ctx.database.rows<{ one: number }>(
    sql`select 1 as one from apps where provider_id = ${providerId} and state = 'online' limit 1`,
  );
  return rows.length > 0;
};
