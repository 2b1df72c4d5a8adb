/**
 * Mainland-China working-day calendar (法定节假日 + 调休). Pure: no I/O, no clock.
 *
 * Built-in data comes from the raw JSON shipped by `chinese-days`, not from its runtime API:
 * that API parses dates in the process's local time zone and returns wrong days west of UTC.
 * All arithmetic here is on 'YYYY-MM-DD' strings / UTC day numbers, independent of process TZ.
 */
import chineseDays from 'chinese-days/dist/chinese-days.json' with { type: 'json' };

export type DayOverride = {
  date: string /* YYYY-MM-DD */;
  kind: 'holiday' | 'workday';
  name?: string;
};
export type Calendar = { holidays: Set<string>; workdays: Set<string>; coveredYears: Set<number> };

/** Values look like "National Day,国庆节,3": English name, Chinese name, statutory day count. */
const BUILTIN: { holidays: Record<string, string>; workdays: Record<string, string> } = chineseDays;

const DAY_MS = 86_400_000;
const SHANGHAI_OFFSET_MS = 8 * 3_600_000;
const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** 'YYYY-MM-DD' → days since 1970-01-01. Throws on a malformed or impossible date. */
function dayNumber(date: string): number {
  const m = DATE_RE.exec(date);
  const t = m ? Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) : NaN;
  if (Number.isNaN(t) || new Date(t).toISOString().slice(0, 10) !== date) {
    throw new RangeError(`invalid date ${JSON.stringify(date)}, expected YYYY-MM-DD`);
  }
  return t / DAY_MS;
}

function dateOf(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

function yearOf(day: number): number {
  return new Date(day * DAY_MS).getUTCFullYear();
}

function builtinEntries(
  map: Record<string, string>,
  kind: DayOverride['kind'],
  year: number,
): DayOverride[] {
  const prefix = `${year}-`;
  return Object.entries(map)
    .filter(([date]) => date.startsWith(prefix))
    .map(([date, label]) => {
      const name = label.split(',')[1];
      return name ? { date, kind, name } : { date, kind };
    });
}

/** Statutory holidays and 调休 working days of `year` from chinese-days; [] when it has no data. */
export function builtinCalendarDays(year: number): DayOverride[] {
  return [
    ...builtinEntries(BUILTIN.holidays, 'holiday', year),
    ...builtinEntries(BUILTIN.workdays, 'workday', year),
  ].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

let builtinYearsCache: number[] | undefined;

/** Years for which chinese-days has data, ascending (1.5.7: 2004–2026). */
export function builtinYears(): number[] {
  if (!builtinYearsCache) {
    const dates = [...Object.keys(BUILTIN.holidays), ...Object.keys(BUILTIN.workdays)];
    builtinYearsCache = [...new Set(dates.map((d) => Number(d.slice(0, 4))))].sort((a, b) => a - b);
  }
  return [...builtinYearsCache];
}

/** Later entries win, so operator overrides appended after the built-in days take precedence. */
export function buildCalendar(days: DayOverride[], coveredYears: Iterable<number>): Calendar {
  const cal: Calendar = { holidays: new Set(), workdays: new Set(), coveredYears: new Set() };
  for (const d of days) {
    dayNumber(d.date);
    const [add, remove] =
      d.kind === 'holiday' ? [cal.holidays, cal.workdays] : [cal.workdays, cal.holidays];
    remove.delete(d.date);
    add.add(d.date);
  }
  for (const y of coveredYears) cal.coveredYears.add(y);
  return cal;
}

/** Start of the Asia/Shanghai calendar day that contains `now` (UTC+8, no daylight saving). */
export function shanghaiDayStart(now: Date): Date {
  const local = now.getTime() + SHANGHAI_OFFSET_MS;
  return new Date(local - (local % DAY_MS) - SHANGHAI_OFFSET_MS);
}

/** 'YYYY-MM-DD' of `d` in Asia/Shanghai (UTC+8 all year, no DST). */
export function shanghaiDate(d: Date): string {
  const t = d.getTime();
  if (Number.isNaN(t)) throw new RangeError('shanghaiDate: invalid Date');
  return new Date(t + SHANGHAI_OFFSET_MS).toISOString().slice(0, 10);
}

function isWorkingDayNumber(cal: Calendar, day: number): boolean {
  const date = dateOf(day);
  if (cal.holidays.has(date)) return false;
  if (cal.workdays.has(date)) return true;
  const weekday = new Date(day * DAY_MS).getUTCDay();
  return weekday >= 1 && weekday <= 5;
}

/** Holiday → false; 调休 workday → true; otherwise Monday–Friday. */
export function isWorkingDay(cal: Calendar, date: string): boolean {
  return isWorkingDayNumber(cal, dayNumber(date));
}

/**
 * The n-th working day strictly after `from`'s Shanghai date (n = 0: that date itself).
 * `uncoveredYears` lists the years stepped through that the calendar does not cover; there only
 * weekends count as days off, so the answer may be early.
 */
export function addWorkingDays(
  cal: Calendar,
  from: Date,
  n: number,
): { date: string; uncoveredYears: number[] } {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`addWorkingDays: bad n ${n}`);
  let day = dayNumber(shanghaiDate(from));
  const uncovered = new Set<number>();
  const limit = day + n * 7 + 3660; // guards against a calendar with no working days at all
  for (let left = n; left > 0;) {
    day++;
    if (day > limit) throw new RangeError('addWorkingDays: no working days found');
    if (!cal.coveredYears.has(yearOf(day))) uncovered.add(yearOf(day));
    if (isWorkingDayNumber(cal, day)) left--;
  }
  return { date: dateOf(day), uncoveredYears: [...uncovered].sort((a, b) => a - b) };
}

/**
 * Working days from the day after `from`'s Shanghai date through `due` inclusive (0 when due is
 * that date itself). When `due` has passed, returns minus the number of calendar days past due,
 * so an overdue answer is always negative, even over a weekend.
 */
export function workingDaysUntil(cal: Calendar, from: Date, due: string): number {
  const start = dayNumber(shanghaiDate(from));
  const end = dayNumber(due);
  if (end < start) return end - start;
  let count = 0;
  for (let day = start + 1; day <= end; day++) {
    if (isWorkingDayNumber(cal, day)) count++;
  }
  return count;
}
