import { randomBytes } from 'node:crypto';
import type { Actor, AppContext } from '../../platform/context';
import { actorId } from '../../platform/context';
import { invalid } from '../../platform/errors';
import type { Executor } from '../../platform/db';
import { policyPresets, type Policy } from '../../../contracts/policy';
import {
  addWorkingDays,
  buildCalendar,
  builtinCalendarDays,
  builtinYears,
  shanghaiDate,
  workingDaysUntil,
  type Calendar,
} from '../../platform/calendar';
import { recordAudit } from '../audit';
import * as repo from './policy.repo';
import { checkPolicy, policyFromRows } from './policy.rules';

/** First start: the preset chosen by FUWU_POLICY becomes the stored policy. Later starts keep it. */
export async function ensurePolicy(ctx: AppContext) {
  const now = ctx.clock.now();
  const preset = policyPresets[ctx.config.policyPreset];
  await ctx.db.transaction(async (tx) => {
    for (const [key, value] of Object.entries(preset))
      await repo.insertPolicyValueIfMissing(tx, key, value, now);
  });
}

/** The policy now; pass the open transaction when inside one (PGlite runs one at a time). */
export async function getPolicy(ctx: AppContext, ex: Executor = ctx.db): Promise<Policy> {
  return policyFromRows(await repo.readPolicyRows(ex), ctx.config.policyPreset);
}

export async function updatePolicy(
  ctx: AppContext,
  actor: Actor,
  patch: Partial<Omit<Policy, 'preset'>>,
) {
  const now = ctx.clock.now();
  const current = await getPolicy(ctx);
  const next = { ...current, ...patch };
  const errors = checkPolicy(next);
  if (Object.keys(errors).length) throw invalid(errors, 'POLICY.INVALID');
  await ctx.db.transaction(async (tx) => {
    const changed: Record<string, { from: unknown; to: unknown }> = {};
    for (const [key, value] of Object.entries(patch)) {
      if (JSON.stringify(current[key as keyof Policy]) === JSON.stringify(value)) continue;
      changed[key] = { from: current[key as keyof Policy], to: value };
      await repo.upsertPolicyValue(tx, key, value, actorId(actor), now);
    }
    await recordAudit(tx, now, actor, {
      action: 'policy.update',
      targetType: 'policy',
      targetId: null,
      detail: changed,
    });
  });
  return getPolicy(ctx);
}

/** A secret shared by every instance, made once by whichever instance asks first. */
export async function ensureSecret(
  ctx: AppContext,
  name: string,
  make: () => string | Promise<string>,
): Promise<string> {
  return repo.getOrCreateSecret(ctx.db, name, make, ctx.clock.now());
}

export async function ensureCookieSecret(ctx: AppContext): Promise<string> {
  if (ctx.config.cookieSecret) return ctx.config.cookieSecret;
  return repo.getOrCreateSecret(
    ctx.db,
    'cookie',
    () => randomBytes(32).toString('base64url'),
    ctx.clock.now(),
  );
}

// ---- working-day calendar ----

/** Seeds every year the calendar package knows, once (a year an operator entered is never overwritten). */
export async function ensureBuiltinCalendar(ctx: AppContext) {
  const now = ctx.clock.now();
  for (const year of builtinYears()) {
    await ctx.db.transaction(async (tx) => {
      if (!(await repo.claimCalendarYear(tx, year, now))) return;
      const days = builtinCalendarDays(year).map((d) => ({
        date: d.date,
        kind: d.kind,
        name: d.name ?? '',
      }));
      await repo.insertCalendarDays(tx, year, days);
    });
  }
}

export async function loadCalendar(ctx: AppContext): Promise<Calendar> {
  const { years, days } = await repo.readCalendar(ctx.db);
  return buildCalendar(
    days.map((d) => ({ date: d.date, kind: d.kind as 'holiday' | 'workday', name: d.name })),
    years.map((y) => y.year),
  );
}

/** The date `n` working days after now, and whether it rests on a year without holiday data. */
export async function workingDaysFromNow(ctx: AppContext, n: number) {
  return addWorkingDays(await loadCalendar(ctx), ctx.clock.now(), n);
}

export async function workingDaysLeft(ctx: AppContext, due: string, cal?: Calendar) {
  return workingDaysUntil(cal ?? (await loadCalendar(ctx)), ctx.clock.now(), due);
}

/**
 * Working days left to the review deadline of an application in review (`submitted` with an
 * `expectedBy`); null once decided or without a deadline.
 */
export async function reviewDaysLeft(
  ctx: AppContext,
  item: { state: string; expectedBy: string | null },
  cal?: Calendar,
) {
  return item.state === 'submitted' && item.expectedBy
    ? workingDaysLeft(ctx, item.expectedBy, cal)
    : null;
}

/** Deadlines run up to a few weeks ahead: warn about this year and the next 60 days' years. */
export async function calendarCoverage(ctx: AppContext) {
  const { years } = await repo.readCalendar(ctx.db);
  const covered = new Set(years.map((y) => y.year));
  const now = ctx.clock.now();
  const soon = new Date(now.getTime() + 60 * 24 * 3600 * 1000);
  const wanted = [
    ...new Set([Number(shanghaiDate(now).slice(0, 4)), Number(shanghaiDate(soon).slice(0, 4))]),
  ];
  return { uncoveredYears: wanted.filter((y) => !covered.has(y)) };
}

export async function getCalendarYear(ctx: AppContext, year: number) {
  const { year: y, days } = await repo.readCalendarYear(ctx.db, year);
  return {
    year,
    covered: y !== null,
    source: (y?.source ?? 'none') as 'builtin' | 'operator' | 'none',
    days: days.map((d) => ({ date: d.date, kind: d.kind as 'holiday' | 'workday', name: d.name })),
  };
}

export async function putCalendarYear(
  ctx: AppContext,
  actor: Actor,
  year: number,
  days: Array<{ date: string; kind: 'holiday' | 'workday'; name: string }>,
) {
  const errors: Record<string, string> = {};
  const seen = new Set<string>();
  days.forEach((d, i) => {
    if (!d.date.startsWith(`${year}-`))
      errors[`days.${i}.date`] = 'validation.calendar.yearMismatch';
    else if (seen.has(d.date)) errors[`days.${i}.date`] = 'validation.calendar.duplicate';
    seen.add(d.date);
  });
  if (Object.keys(errors).length) throw invalid(errors);
  const now = ctx.clock.now();
  await ctx.db.transaction(async (tx) => {
    await repo.replaceCalendarYear(tx, year, 'operator', days, actorId(actor), now);
    await recordAudit(tx, now, actor, {
      action: 'calendar.update',
      targetType: 'calendar_year',
      targetId: String(year),
      detail: { days: days.length },
    });
  });
  return getCalendarYear(ctx, year);
}
