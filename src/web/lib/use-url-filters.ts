import { useSearchParams } from 'react-router';

/**
 * List filters kept in the URL (so a filtered page can be reloaded and shared).
 * Changing a filter returns to page 1.
 */
export function useUrlFilters<K extends string>(keys: readonly K[]) {
  const [params, setParams] = useSearchParams();
  const values = Object.fromEntries(keys.map((k) => [k, params.get(k) ?? undefined])) as Record<
    K,
    string | undefined
  >;
  const page = Number(params.get('page') ?? '1') || 1;

  const set = (next: Partial<Record<K | 'page', string | undefined>>) => {
    const merged = new URLSearchParams(params);
    if (!('page' in next)) merged.delete('page');
    for (const [key, value] of Object.entries(next) as Array<[string, string | undefined]>) {
      if (value) merged.set(key, value);
      else merged.delete(key);
    }
    setParams(merged);
  };
  const setPage = (p: number) =>
    set({ page: p > 1 ? String(p) : undefined } as Partial<Record<K | 'page', string>>);

  return { values, page, set, setPage };
}
