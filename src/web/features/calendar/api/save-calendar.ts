import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { apiRequest, type calendarYearBodySchema } from '../deps';
import { calendarKey, type CalendarYear } from './get-calendar';

export type CalendarBody = z.input<typeof calendarYearBodySchema>;

export function saveCalendar({ year, body }: { year: number; body: CalendarBody }) {
  return apiRequest<CalendarYear>(`/api/ops/calendar/${year}`, { method: 'PUT', body });
}

export function useSaveCalendar() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: saveCalendar,
    onSuccess: (reply) => {
      queryClient.setQueryData(calendarKey(reply.year), reply);
      void queryClient.invalidateQueries({ queryKey: ['calendar', 'coverage'] });
    },
  });
}
