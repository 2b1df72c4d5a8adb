import { and, asc, count, desc, eq, ilike, inArray, sql, type Executor } from '../../platform/db';
import { appSimulations, apps } from './apps.tables';

export type AppRow = typeof apps.$inferSelect;
export type SimulationRow = typeof appSimulations.$inferSelect;

export async function insertApp(ex: Executor, row: typeof apps.$inferInsert) {
  await ex.insert(apps).values(row);
}

export async function findApp(ex: Executor, id: string) {
  const [row] = await ex.select().from(apps).where(eq(apps.id, id));
  return row ?? null;
}

export async function findAppByKey(ex: Executor, appKey: string) {
  const [row] = await ex.select().from(apps).where(eq(apps.appKey, appKey));
  return row ?? null;
}

export async function listAppsOfProvider(ex: Executor, providerId: string, state?: string) {
  return ex
    .select()
    .from(apps)
    .where(and(eq(apps.providerId, providerId), state ? eq(apps.state, state) : undefined))
    .orderBy(asc(apps.createdAt), asc(apps.id));
}

export async function countAppsOfProvider(ex: Executor, providerId: string) {
  const [{ n }] = await ex.select({ n: count() }).from(apps).where(eq(apps.providerId, providerId));
  return Number(n);
}

/** Updates an app only while it is in one of `states`: the guard against racing transitions. */
export async function updateAppIn(
  ex: Executor,
  id: string,
  states: string[],
  set: Partial<typeof apps.$inferInsert>,
): Promise<AppRow | null> {
  const [row] = await ex
    .update(apps)
    .set(set)
    .where(and(eq(apps.id, id), inArray(apps.state, states)))
    .returning();
  return row ?? null;
}

export async function listAppsForOps(
  ex: Executor,
  f: { state?: string; q?: string; limit: number; offset: number },
) {
  const where = and(
    f.state ? eq(apps.state, f.state) : undefined,
    f.q ? ilike(apps.name, `%${f.q.replace(/[%_\\]/g, '\\$&')}%`) : undefined,
  );
  const rows = await ex
    .select()
    .from(apps)
    .where(where)
    .orderBy(asc(apps.createdAt), asc(apps.id))
    .limit(f.limit)
    .offset(f.offset);
  const [{ n }] = await ex.select({ n: count() }).from(apps).where(where);
  return { rows, total: Number(n) };
}

export async function insertSimulation(ex: Executor, row: SimulationRow) {
  await ex.insert(appSimulations).values(row);
}

export async function listSimulations(ex: Executor, appId: string, limit: number) {
  return ex
    .select()
    .from(appSimulations)
    .where(eq(appSimulations.appId, appId))
    .orderBy(desc(appSimulations.at), desc(appSimulations.id))
    .limit(limit);
}

/** The newest simulation of each app in `appIds`. */
export async function latestSimulations(ex: Executor, appIds: string[]) {
  if (!appIds.length) return [];
  return ex
    .selectDistinctOn([appSimulations.appId])
    .from(appSimulations)
    .where(inArray(appSimulations.appId, appIds))
    .orderBy(appSimulations.appId, desc(appSimulations.at), desc(appSimulations.id));
}

/** Serializes app creation per provider inside a transaction (the per-account limit). */
export async function lockProvider(ex: Executor, providerId: string) {
  await ex.execute(sql`select pg_advisory_xact_lock(hashtext(${`apps:${providerId}`}))`);
}
