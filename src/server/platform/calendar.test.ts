import { describe, expect, it } from 'vitest';
import {
  addWorkingDays,
  buildCalendar,
  builtinCalendarDays,
  builtinYears,
  isWorkingDay,
  shanghaiDate,
  shanghaiDayStart,
  workingDaysUntil,
  type DayOverride,
} from './calendar';

/** Calendar from all built-in data (2004–2026 in chinese-days 1.5.7) plus `extra` overrides. */
function builtin(extra: DayOverride[] = [], extraYears: number[] = []) {
  const years = builtinYears();
  return buildCalendar(
    [...years.flatMap(builtinCalendarDays), ...extra],
    [...years, ...extraYears],
  );
}

/** 10:00 in Shanghai on `date`. */
function at(date: string): Date {
  return new Date(`${date}T02:00:00Z`);
}

function range(from: string, to: string): string[] {
  const out: string[] = [];
  for (let t = Date.parse(from); t <= Date.parse(to); t += 86_400_000) {
    out.push(new Date(t).toISOString().slice(0, 10));
  }
  return out;
}

describe('built-in data (chinese-days)', () => {
  it('covers 2004 through at least 2026, contiguous', () => {
    const years = builtinYears();
    expect(years[0]).toBe(2004);
    expect(years).toContain(2026);
    builtinYears().push(1); // callers get a copy
    expect(builtinYears()).not.toContain(1);
    years.forEach((y, i) => expect(y).toBe(years[0] + i));
  });

  it('has no data for 2027 (not yet published in 1.5.7)', () => {
    expect(builtinCalendarDays(2027)).toEqual([]);
    expect(builtinCalendarDays(1999)).toEqual([]);
  });

  const days2026 = builtinCalendarDays(2026);
  const dates = (name: string, kind: DayOverride['kind']) =>
    days2026.filter((d) => d.name === name && d.kind === kind).map((d) => d.date);

  it('lists 2026 National Day and its 调休 working days', () => {
    expect(dates('国庆节', 'holiday')).toEqual(range('2026-10-01', '2026-10-07'));
    expect(dates('国庆节', 'workday')).toEqual(['2026-09-20', '2026-10-10']); // Sun, Sat
  });

  it('lists 2026 Spring Festival (15–23 Feb) and its 调休 Saturdays', () => {
    expect(dates('春节', 'holiday')).toEqual(range('2026-02-15', '2026-02-23'));
    expect(dates('春节', 'workday')).toEqual(['2026-02-14', '2026-02-28']);
  });

  it('returns days sorted by date with Chinese names', () => {
    const days = builtinCalendarDays(2026);
    expect(days.map((d) => d.date)).toEqual([...days.map((d) => d.date)].sort());
    expect(days[0]).toEqual({ date: '2026-01-01', kind: 'holiday', name: '元旦' });
    expect(days.filter((d) => d.kind === 'workday')).toHaveLength(6);
    expect(days.filter((d) => d.kind === 'holiday')).toHaveLength(33);
  });
});

describe('isWorkingDay', () => {
  const cal = builtin();

  it('follows 2026 National Day', () => {
    expect(isWorkingDay(cal, '2026-09-30')).toBe(true); // Wednesday
    for (const d of range('2026-10-01', '2026-10-07')) expect(isWorkingDay(cal, d)).toBe(false);
    expect(isWorkingDay(cal, '2026-09-20')).toBe(true); // Sunday, 调休
    expect(isWorkingDay(cal, '2026-10-10')).toBe(true); // Saturday, 调休
    expect(isWorkingDay(cal, '2026-10-11')).toBe(false); // ordinary Sunday
  });

  it('follows 2026 Spring Festival', () => {
    expect(isWorkingDay(cal, '2026-02-13')).toBe(true); // Friday
    expect(isWorkingDay(cal, '2026-02-14')).toBe(true); // Saturday, 调休
    for (const d of range('2026-02-15', '2026-02-23')) expect(isWorkingDay(cal, d)).toBe(false);
    expect(isWorkingDay(cal, '2026-02-24')).toBe(true);
    expect(isWorkingDay(cal, '2026-02-28')).toBe(true); // Saturday, 调休
  });

  it('falls back to Monday–Friday and rejects malformed dates', () => {
    const empty = buildCalendar([], []);
    const week = range('2027-03-01', '2027-03-07').map((d) => (isWorkingDay(empty, d) ? 'W' : '-'));
    expect(week.join('')).toBe('WWWWW--'); // 1 March 2027 is a Monday
    expect(() => isWorkingDay(cal, '2026-02-30')).toThrow(RangeError);
    expect(() => isWorkingDay(cal, '2026/10/01')).toThrow(RangeError);
  });
});

describe('buildCalendar', () => {
  it('lets later entries win and validates dates', () => {
    const cal = buildCalendar(
      [
        { date: '2026-10-10', kind: 'workday' },
        { date: '2026-10-10', kind: 'holiday', name: '停工' },
      ],
      [2026],
    );
    expect(cal.holidays.has('2026-10-10')).toBe(true);
    expect(cal.workdays.has('2026-10-10')).toBe(false);
    expect(isWorkingDay(cal, '2026-10-10')).toBe(false);
    expect(() => buildCalendar([{ date: '2026-13-01', kind: 'holiday' }], [])).toThrow(RangeError);
  });
});

describe('shanghaiDate', () => {
  it('is UTC+8', () => {
    expect(shanghaiDate(new Date('2026-09-30T15:59:59.999Z'))).toBe('2026-09-30');
    expect(shanghaiDate(new Date('2026-09-30T16:00:00Z'))).toBe('2026-10-01');
    expect(shanghaiDate(new Date('2026-09-30T17:00:00Z'))).toBe('2026-10-01');
    expect(shanghaiDate(new Date('2026-12-31T16:00:00Z'))).toBe('2027-01-01');
    expect(() => shanghaiDate(new Date('nope'))).toThrow(RangeError);
  });
});

describe('addWorkingDays', () => {
  const cal = builtin();

  it('skips the 2026 National Day holiday and counts its 调休 days', () => {
    const from = at('2026-09-30');
    expect(addWorkingDays(cal, from, 1)).toEqual({ date: '2026-10-08', uncoveredYears: [] });
    expect(addWorkingDays(cal, from, 3).date).toBe('2026-10-10'); // Saturday, 调休
    expect(addWorkingDays(cal, from, 4).date).toBe('2026-10-12');
    expect(addWorkingDays(cal, at('2026-09-18'), 1).date).toBe('2026-09-20');
  });

  it('skips Spring Festival 2026', () => {
    expect(addWorkingDays(cal, at('2026-02-13'), 1).date).toBe('2026-02-14');
    expect(addWorkingDays(cal, at('2026-02-13'), 2).date).toBe('2026-02-24');
  });

  it('uses the Shanghai date: UTC 17:00 is already the next day', () => {
    // 2026-09-29T17:00Z is 01:00 on Wednesday 30 September in Shanghai.
    expect(addWorkingDays(cal, new Date('2026-09-29T17:00:00Z'), 1).date).toBe('2026-10-08');
    expect(addWorkingDays(cal, new Date('2026-09-29T15:00:00Z'), 1).date).toBe('2026-09-30');
  });

  it('returns the same date for n = 0 and rejects bad n', () => {
    expect(addWorkingDays(cal, at('2026-10-03'), 0).date).toBe('2026-10-03');
    expect(() => addWorkingDays(cal, at('2026-10-03'), -1)).toThrow(RangeError);
    expect(() => addWorkingDays(cal, at('2026-10-03'), 1.5)).toThrow(RangeError);
  });

  it('flags 2027 as uncovered and assumes weekends only there', () => {
    // Thursday 31 Dec 2026, Friday 1 Jan 2027 (no data: treated as working), Monday 4 Jan.
    expect(addWorkingDays(cal, at('2026-12-30'), 3)).toEqual({
      date: '2027-01-04',
      uncoveredYears: [2027],
    });
    expect(addWorkingDays(cal, at('2026-12-30'), 1).uncoveredYears).toEqual([]);
  });

  it('changes when a 2027 override is added', () => {
    const newYear: DayOverride = { date: '2027-01-01', kind: 'holiday', name: '元旦' };
    expect(addWorkingDays(builtin([newYear]), at('2026-12-30'), 3)).toEqual({
      date: '2027-01-05',
      uncoveredYears: [2027],
    });
    expect(addWorkingDays(builtin([newYear], [2027]), at('2026-12-30'), 3)).toEqual({
      date: '2027-01-05',
      uncoveredYears: [],
    });
    const lieu: DayOverride = { date: '2027-01-02', kind: 'workday' };
    expect(addWorkingDays(builtin([newYear, lieu], [2027]), at('2026-12-30'), 3).date).toBe(
      '2027-01-04',
    );
  });

  it('throws rather than looping when nothing is a working day', () => {
    const days = range('2026-01-01', '2036-12-31').map((date) => ({
      date,
      kind: 'holiday' as const,
    }));
    expect(() => addWorkingDays(buildCalendar(days, []), at('2026-01-01'), 1)).toThrow(RangeError);
  });
});

describe('workingDaysUntil', () => {
  const cal = builtin();

  it('counts working days after today through due; 0 when due today', () => {
    // Oct 8, 9, 10 (调休 Saturday) and 12.
    expect(workingDaysUntil(cal, at('2026-09-30'), '2026-10-12')).toBe(4);
    expect(workingDaysUntil(cal, at('2026-09-30'), '2026-10-07')).toBe(0);
    expect(workingDaysUntil(cal, at('2026-10-08'), '2026-10-08')).toBe(0);
  });

  it('is negative (calendar days past) when overdue, even over a weekend', () => {
    expect(workingDaysUntil(cal, at('2026-10-12'), '2026-10-09')).toBe(-3);
    expect(workingDaysUntil(cal, at('2026-10-11'), '2026-10-10')).toBe(-1);
  });

  it('uses the Shanghai date of `from`', () => {
    expect(workingDaysUntil(cal, new Date('2026-10-08T17:00:00Z'), '2026-10-09')).toBe(0);
    expect(workingDaysUntil(cal, new Date('2026-10-08T15:00:00Z'), '2026-10-09')).toBe(1);
  });

  it('agrees with addWorkingDays', () => {
    const from = at('2026-02-10');
    for (const n of [1, 2, 5, 10, 20]) {
      expect(workingDaysUntil(cal, from, addWorkingDays(cal, from, n).date)).toBe(n);
    }
  });
});

describe('shanghaiDayStart', () => {
  it('is Shanghai midnight (16:00 UTC the day before) of the Shanghai day holding `now`', () => {
    const start = (iso: string) => shanghaiDayStart(new Date(iso)).toISOString();
    expect(start('2026-12-07T15:59:59Z')).toBe('2026-12-06T16:00:00.000Z');
    expect(start('2026-12-07T16:00:00Z')).toBe('2026-12-07T16:00:00.000Z');
    expect(start('2026-12-07T03:00:00Z')).toBe('2026-12-06T16:00:00.000Z');
  });
});
