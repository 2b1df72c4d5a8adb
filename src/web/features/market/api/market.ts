import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiRequest, type MarketHomeReply, type MarketSearchReply, type MarketSort } from '../deps';

/** The home: category groups with counts and each group's best sellers. */
export function useMarketHome() {
  return useQuery({
    queryKey: ['market', 'home'],
    queryFn: ({ signal }) => apiRequest<MarketHomeReply>('/api/market/home', { signal }),
    staleTime: 30_000,
  });
}

export type SearchParams = {
  q?: string;
  category?: string;
  type?: string;
  minPriceFen?: number;
  maxPriceFen?: number;
  sort: MarketSort;
  cursor?: string;
};

/** One keyset page of results (search with `q`, a category listing without). */
export function useMarketSearch(p: SearchParams) {
  const qs = new URLSearchParams();
  for (const [k, v] of Object.entries(p))
    if (v !== undefined && v !== '' && v !== null) qs.set(k, String(v));
  qs.set('limit', '20');
  return useQuery({
    queryKey: ['market', 'search', qs.toString()],
    queryFn: ({ signal }) => apiRequest<MarketSearchReply>(`/api/market/search?${qs}`, { signal }),
    placeholderData: keepPreviousData,
    retry: false,
  });
}
