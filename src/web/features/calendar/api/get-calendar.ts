import { useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import { apiRequest, type calendarDaySchema, type calendarYearReplySchema } from '../deps';

export type CalendarYear = z.infer<typeof calendarYearReplySchema>;
export type CalendarDay = z.infer<typeof calendarDaySchema>;

export const calendarKey = (year: number) => ['calendar', year] as const;

export function getCalendar(year: number, signal?: AbortSignal): Promise<CalendarYear> {
  return apiRequest(`/api/ops/calendar/${year}`, { signal });
}

export function useCalendar(year: number) {
  return useQuery({
    queryKey: calendarKey(year),
    queryFn: ({ signal }) => getCalendar(year, signal),
  });
}
