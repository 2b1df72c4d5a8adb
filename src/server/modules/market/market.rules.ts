/**
 * Pure rules of the marketplace read model: search tokens (ADR 0006), the listing's figures from
 * a version's packages, and the keyset cursor.
 */

const RUN = /[\u3400-\u9fff\uf900-\ufaff]+|[a-z0-9]+/gu;
const isCjk = (c: string) => /[\u3400-\u9fff\uf900-\ufaff]/u.test(c);
/** Latin prefixes shorter than this are not indexed (a one-letter query would match too much). */
const MIN_PREFIX = 2;

/**
 * The tokens a document is indexed by: every CJK character and every pair of neighbouring CJK
 * characters, and each lower-cased Latin/digit word with its prefixes of two or more characters.
 */
export function searchTokens(text: string): string[] {
  const out = new Set<string>();
  for (const run of text.toLowerCase().match(RUN) ?? []) {
    const chars = [...run];
    if (!isCjk(chars[0]!)) {
      out.add(run);
      for (let n = MIN_PREFIX; n < chars.length; n++) out.add(chars.slice(0, n).join(''));
      continue;
    }
    chars.forEach((c, i) => {
      out.add(c);
      if (i + 1 < chars.length) out.add(c + chars[i + 1]);
    });
  }
  return [...out].sort();
}

/**
 * The tokens a matching document must all have: the bigrams of each CJK run (a lone character:
 * itself) and each Latin word (as a prefix). Empty when the query has nothing searchable.
 */
export function queryTokens(q: string): string[] {
  const out = new Set<string>();
  for (const run of q.toLowerCase().match(RUN) ?? []) {
    const chars = [...run];
    if (!isCjk(chars[0]!) || chars.length === 1) out.add(run);
    else for (let i = 0; i + 1 < chars.length; i++) out.add(chars[i]! + chars[i + 1]);
  }
  return [...out];
}

/** The text a search rechecks its candidates against (lower-cased, fields joined by a newline). */
export function searchText(doc: { name: string; tags: string[]; shortDescription: string }) {
  return [doc.name, doc.tags.join(' '), doc.shortDescription].join('\n').toLowerCase();
}

/** A query part whose tokens already prove it is a substring: one Latin word, or 1–2 CJK characters. */
const IMPLIED = /^(?:[\u3400-\u9fff\uf900-\ufaff]{1,2}|[a-z0-9]+)$/u;

/**
 * The LIKE patterns a candidate must match besides its tokens: each whitespace-separated part of
 * the query as a real substring (so bigrams in another order are not a match). A part its tokens
 * already prove (a Latin word is indexed with its prefixes, a CJK pair as itself) needs no
 * pattern, which keeps the search on the index alone. `%`, `_` and `\` are escaped.
 */
export function substringPatterns(q: string): string[] {
  return q
    .toLowerCase()
    .split(/\s+/u)
    .filter((p) => p.length > 0 && !IMPLIED.test(p))
    .map((p) => `%${p.replace(/[\\%_]/gu, (c) => `\\${c}`)}%`);
}

type Spec = { priceFen: number; trial: boolean };
/** The lowest price among the non-trial specs (a trial's 0 is not a price) and whether any is a trial. */
export function priceFigures(packages: Array<{ specs: Spec[] }>) {
  const specs = packages.flatMap((p) => p.specs);
  const priced = specs.filter((s) => !s.trial).map((s) => s.priceFen);
  return {
    minPriceFen: priced.length ? Math.min(...priced) : 0,
    hasTrial: specs.some((s) => s.trial),
  };
}

export type MarketSort = 'newest' | 'sales' | 'rating';
/** Where a page ended: the sort key of its last row and that row's id. */
export type Cursor = { k: number; id: string };

export function encodeCursor(c: Cursor): string {
  return Buffer.from(JSON.stringify([c.k, c.id])).toString('base64url');
}

export function decodeCursor(s: string): Cursor | null {
  try {
    const v: unknown = JSON.parse(Buffer.from(s, 'base64url').toString('utf8'));
    if (
      Array.isArray(v) &&
      v.length === 2 &&
      typeof v[0] === 'number' &&
      Number.isFinite(v[0]) &&
      typeof v[1] === 'string'
    )
      return { k: v[0], id: v[1] };
  } catch {
    // fall through
  }
  return null;
}
