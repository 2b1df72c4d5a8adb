import { useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import { apiRequest, type calendarCoverageReplySchema } from '../deps';

export type CalendarCoverage = z.infer<typeof calendarCoverageReplySchema>;

export function getCalendarCoverage(signal?: AbortSignal): Promise<CalendarCoverage> {
  return apiRequest('/api/ops/calendar-coverage', { signal });
}

export function useCalendarCoverage() {
  return useQuery({
    queryKey: ['calendar', 'coverage'],
    queryFn: ({ signal }) => getCalendarCoverage(signal),
  });
}
