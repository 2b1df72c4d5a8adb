/** Cached browse answers live this long at most: sales and ratings do not bump the version. */
const STATS_TTL_MS = 30_000;
const MAX_ENTRIES = 500;

/**
 * The browse cache of ONE app instance (ADR 0006): JSON bytes keyed by URL, valid for one value of
 * `market_state.version`. A change to any listing bumps that version in its own transaction and
 * announces it (NOTIFY) when it commits; every instance drops its entries when it learns of it
 * (`MarketVersion`).
 */
export class BrowseCache {
  private version = -1;
  private entries = new Map<string, { body: string; at: number }>();
  private building = new Map<string, Promise<string>>();

  private get(version: number, key: string, now: number): string | null {
    if (version !== this.version) {
      this.entries.clear();
      this.version = version;
      return null;
    }
    const e = this.entries.get(key);
    if (!e || now - e.at > STATS_TTL_MS) return null;
    return e.body;
  }

  /**
   * The cached bytes, or the built ones. Builds in flight are shared per version and key, so a
   * burst of misses right after a change runs the SQL once, not once per waiting request.
   */
  async answer(version: number, key: string, now: number, build: () => Promise<string>) {
    const body = this.get(version, key, now);
    if (body !== null) return { body, hit: true };
    const flight = `${version}:${key}`;
    let pending = this.building.get(flight);
    if (!pending) {
      pending = build()
        .then((built) => {
          this.set(version, key, built, now);
          return built;
        })
        .finally(() => this.building.delete(flight));
      this.building.set(flight, pending);
    }
    return { body: await pending, hit: false };
  }

  private set(version: number, key: string, body: string, now: number) {
    if (version !== this.version) return;
    if (this.entries.size >= MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(key, { body, at: now });
  }
}
