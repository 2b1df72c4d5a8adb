import type { Database } from '../../platform/db';

/** The channel `market_state.version` is announced on, after the bumping transaction commits. */
export const MARKET_CHANNEL = 'fuwu_market';
/** After this process bumped the version itself, requests read it for this long (see below). */
const OWN_BUMP_MS = 2000;
let ownBumpAt = -Infinity;

/** Called where the version is bumped: this process's own changes are read back, not awaited. */
export function noteOwnBump() {
  ownBumpAt = performance.now();
}

/**
 * The `market_state.version` one app instance keys its browse cache on (ADR 0006). While the
 * LISTEN connection is up, the version is pushed by NOTIFY and a cached answer costs no query;
 * while it is down (and until it has re-read the version after reconnecting), every request
 * reads the version, as before. Right after this process made a change itself, requests also
 * read it for a moment: its own notification may still be on the wire when the merchant who
 * made the change asks again, and that merchant must see it. Another instance sees a change as
 * soon as the notification arrives (milliseconds).
 */
export class MarketVersion {
  private live = false;
  private known = -1;
  private generation = 0;

  constructor(private readonly read: () => Promise<number>) {}

  /** Starts following the channel; returns `stop`. */
  start(database: Pick<Database, 'listen'>) {
    return database.listen(
      MARKET_CHANNEL,
      (payload) => this.raise(Number(payload)),
      (live) => {
        const gen = ++this.generation;
        this.live = false;
        if (live) void this.resync(gen);
      },
    );
  }

  private raise(v: number) {
    if (Number.isFinite(v) && v > this.known) this.known = v;
  }

  /** After (re)connecting: notifications sent while down are lost, so read the version once. */
  private async resync(gen: number) {
    try {
      const v = await this.read();
      if (gen !== this.generation) return;
      this.raise(v);
      this.live = true;
    } catch {
      // stays not live: requests read the version themselves
    }
  }

  /** The version as last pushed, or null while notifications cannot be relied on. */
  pushed(): number | null {
    return this.live ? this.known : null;
  }

  /** The version a cached answer must have been built under. */
  async current(): Promise<number> {
    if (this.live && performance.now() - ownBumpAt > OWN_BUMP_MS) return this.known;
    const v = await this.read();
    this.raise(v);
    return v;
  }
}
