import { describe, expect, it } from 'vitest';
import { MarketVersion, noteOwnBump } from './market-version';

/** A database whose LISTEN connection the test drives by hand. */
function fakeDatabase() {
  const h = { notify: (_p: string) => {}, live: (_l: boolean) => {}, stopped: false };
  const database = {
    listen: async (_c: string, onNotify: (p: string) => void, onLive: (l: boolean) => void) => {
      h.notify = onNotify;
      h.live = onLive;
      onLive(true);
      return async () => {
        h.stopped = true;
      };
    },
  };
  return { database, h };
}
const settle = () => new Promise((r) => setTimeout(r, 0));

describe('MarketVersion', () => {
  it('answers from notifications while live, and reads the database only when it must', async () => {
    let dbVersion = 5;
    let reads = 0;
    const mv = new MarketVersion(async () => {
      reads++;
      return dbVersion;
    });
    const { database, h } = fakeDatabase();
    const stop = await mv.start(database);
    await settle();
    expect(reads).toBe(1); // the re-read after LISTEN
    expect(mv.pushed()).toBe(5);
    expect(await mv.current()).toBe(5);
    expect(await mv.current()).toBe(5);
    expect(reads).toBe(1);

    h.notify('7');
    h.notify('6'); // late and out of order: never goes back
    h.notify('junk');
    expect(await mv.current()).toBe(7);
    expect(reads).toBe(1);

    // connection lost: every request reads, and a change meanwhile is seen
    h.live(false);
    dbVersion = 9;
    expect(mv.pushed()).toBeNull();
    expect(await mv.current()).toBe(9);
    expect(reads).toBe(2);

    // back: the version is re-read once (notifications in between are lost), then pushed again
    dbVersion = 10;
    h.live(true);
    await settle();
    expect(mv.pushed()).toBe(10);
    expect(await mv.current()).toBe(10);
    expect(reads).toBe(3);

    await stop();
    expect(h.stopped).toBe(true);
  });

  it('reads the database for a moment after this process changed the market itself', async () => {
    let reads = 0;
    const mv = new MarketVersion(async () => {
      reads++;
      return 3;
    });
    const { database } = fakeDatabase();
    await mv.start(database);
    await settle();
    const before = reads;
    noteOwnBump();
    await mv.current();
    expect(reads).toBe(before + 1);
  });

  it('a reconnect that drops again before its re-read finishes does not go live', async () => {
    let release = () => {};
    const mv = new MarketVersion(
      () =>
        new Promise<number>((r) => {
          release = () => r(4);
        }),
    );
    const { database, h } = fakeDatabase();
    await mv.start(database); // live(true) → re-read pending
    h.live(false);
    release();
    await settle();
    expect(mv.pushed()).toBeNull();
  });
});
