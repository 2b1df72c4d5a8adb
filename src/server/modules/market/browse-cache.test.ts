import { describe, expect, it } from 'vitest';
import { BrowseCache } from './browse-cache';

describe('BrowseCache', () => {
  it('a burst of misses builds once; a new version builds again; stale entries expire', async () => {
    const cache = new BrowseCache();
    let builds = 0;
    let release = () => {};
    const build = () => {
      builds++;
      return new Promise<string>((r) => {
        release = () => r(`body${builds}`);
      });
    };
    const burst = Array.from({ length: 10 }, () => cache.answer(1, 'home', 0, build));
    release();
    const answers = await Promise.all(burst);
    expect(builds).toBe(1);
    expect(new Set(answers.map((a) => a.body))).toEqual(new Set(['body1']));
    expect(answers.every((a) => !a.hit)).toBe(true);

    expect(await cache.answer(1, 'home', 1000, build)).toEqual({ body: 'body1', hit: true });
    const next = cache.answer(2, 'home', 1000, build); // the version moved: rebuilt
    release();
    expect(await next).toEqual({ body: 'body2', hit: false });
    const late = cache.answer(2, 'home', 1000 + 31_000, build); // sales figures: 30 s at most
    release();
    expect(await late).toEqual({ body: 'body3', hit: false });
  });

  it('a failed build is not cached and does not block the next one', async () => {
    const cache = new BrowseCache();
    await expect(
      cache.answer(1, 'k', 0, () => Promise.reject(new Error('db down'))),
    ).rejects.toThrow('db down');
    expect(await cache.answer(1, 'k', 0, async () => 'ok')).toEqual({ body: 'ok', hit: false });
  });
});
