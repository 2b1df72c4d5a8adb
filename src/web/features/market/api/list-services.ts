import { useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import { apiRequest, type marketServiceListSchema } from '../deps';

export type MarketServiceList = z.infer<typeof marketServiceListSchema>;

/** The listed services (live versions), newest listed first. */
export function useListedServices() {
  return useQuery({
    queryKey: ['market', 'services'],
    queryFn: ({ signal }) => apiRequest<MarketServiceList>('/api/market/services', { signal }),
  });
}
