import { useQuery } from '@tanstack/react-query';
import { apiRequest, type MarketService } from '../deps';
import { servicesKeys } from './keys';

/** The merchant view of a listed service (its live version). */
export function useMarketService(id: string) {
  return useQuery({
    queryKey: servicesKeys.market(id),
    queryFn: ({ signal }) =>
      apiRequest<MarketService>(`/api/market/services/${encodeURIComponent(id)}`, { signal }),
    retry: false,
  });
}
