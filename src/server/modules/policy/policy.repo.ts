import { eq, type Executor } from '../../platform/db';
import { appSecrets, calendarDays, calendarYears, policySettings } from './policy.tables';

export async function readPolicyRows(ex: Executor) {
  return ex.select().from(policySettings);
}

export async function upsertPolicyValue(
  ex: Executor,
  key: string,
  value: unknown,
  by: string | null,
  at: Date,
) {
  await ex
    .insert(policySettings)
    .values({ key, value, updatedBy: by, updatedAt: at })
    .onConflictDoUpdate({
      target: policySettings.key,
      set: { value, updatedBy: by, updatedAt: at },
    });
}

export async function insertPolicyValueIfMissing(
  ex: Executor,
  key: string,
  value: unknown,
  at: Date,
) {
  await ex.insert(policySettings).values({ key, value, updatedAt: at }).onConflictDoNothing();
}

export async function readCalendar(ex: Executor) {
  const [years, days] = await Promise.all([
    ex.select().from(calendarYears),
    ex.select().from(calendarDays),
  ]);
  return { years, days };
}

export async function readCalendarYear(ex: Executor, year: number) {
  const [y] = await ex.select().from(calendarYears).where(eq(calendarYears.year, year));
  const days = await ex
    .select()
    .from(calendarDays)
    .where(eq(calendarDays.year, year))
    .orderBy(calendarDays.date);
  return { year: y ?? null, days };
}

/** Replaces a year's days; returns false when another writer already seeded it (builtin seeding). */
export async function replaceCalendarYear(
  ex: Executor,
  year: number,
  source: string,
  days: Array<{ date: string; kind: string; name: string }>,
  by: string | null,
  at: Date,
) {
  await ex.delete(calendarDays).where(eq(calendarDays.year, year));
  if (days.length) await ex.insert(calendarDays).values(days.map((d) => ({ ...d, year })));
  await ex
    .insert(calendarYears)
    .values({ year, source, updatedBy: by, updatedAt: at })
    .onConflictDoUpdate({
      target: calendarYears.year,
      set: { source, updatedBy: by, updatedAt: at },
    });
}

export async function claimCalendarYear(ex: Executor, year: number, at: Date): Promise<boolean> {
  const rows = await ex
    .insert(calendarYears)
    .values({ year, source: 'builtin', updatedAt: at })
    .onConflictDoNothing()
    .returning({ year: calendarYears.year });
  return rows.length === 1;
}

export async function insertCalendarDays(
  ex: Executor,
  year: number,
  days: Array<{ date: string; kind: string; name: string }>,
) {
  if (days.length)
    await ex
      .insert(calendarDays)
      .values(days.map((d) => ({ ...d, year })))
      .onConflictDoNothing();
}

export async function getOrCreateSecret(
  ex: Executor,
  name: string,
  make: () => string | Promise<string>,
  at: Date,
) {
  // Look first: make() may be costly (an RSA key pair is ~0.2 s) and runs on every start.
  const [found] = await ex.select().from(appSecrets).where(eq(appSecrets.name, name));
  if (found) return found.value;
  await ex
    .insert(appSecrets)
    .values({ name, value: await make(), createdAt: at })
    .onConflictDoNothing();
  const [row] = await ex.select().from(appSecrets).where(eq(appSecrets.name, name));
  return row.value;
}
