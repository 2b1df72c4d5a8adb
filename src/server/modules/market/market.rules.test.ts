import { describe, expect, it } from 'vitest';
import {
  decodeCursor,
  encodeCursor,
  priceFigures,
  queryTokens,
  searchTokens,
  substringPatterns,
} from './market.rules';

describe('market search rules', () => {
  it('indexes CJK uni- and bigrams and Latin words with prefixes', () => {
    expect(searchTokens('直播助手 CRM')).toEqual(
      ['直', '播', '助', '手', '直播', '播助', '助手', 'crm', 'cr'].sort(),
    );
  });
  it('a query needs every bigram; a lone character is itself', () => {
    expect(queryTokens('直播助手')).toEqual(['直播', '播助', '助手']);
    expect(queryTokens('货')).toEqual(['货']);
    expect(queryTokens('ERP 助手')).toEqual(['erp', '助手']);
    expect(queryTokens('!!')).toEqual([]);
    const doc = new Set(searchTokens('智能客服机器人'));
    for (const t of queryTokens('客服机')) expect(doc.has(t)).toBe(true);
  });
  it('escapes LIKE wildcards', () => {
    expect(substringPatterns('a%b_c\\ 直播助手')).toEqual(['%a\\%b\\_c\\\\%', '%直播助手%']);
  });
  it('needs no pattern where the tokens prove the substring', () => {
    // one Latin word (indexed with its prefixes), one or two CJK characters (indexed as such)
    expect(substringPatterns('ERP 货 直播')).toEqual([]);
    // three CJK characters: all bigrams present does not mean in this order; mixed runs neither
    expect(substringPatterns('客服机 crm会员')).toEqual(['%客服机%', '%crm会员%']);
    const both = new Set(searchTokens('客服 服机'));
    for (const t of queryTokens('客服机')) expect(both.has(t)).toBe(true); // the pattern decides
  });
  it('the lowest non-trial price; trial flag', () => {
    expect(
      priceFigures([
        {
          specs: [
            { priceFen: 0, trial: true },
            { priceFen: 900, trial: false },
          ],
        },
        { specs: [{ priceFen: 500, trial: false }] },
      ]),
    ).toEqual({ minPriceFen: 500, hasTrial: true });
    expect(priceFigures([])).toEqual({ minPriceFen: 0, hasTrial: false });
  });
  it('cursors round-trip; garbage is refused', () => {
    expect(decodeCursor(encodeCursor({ k: 1.5, id: 'svc_1' }))).toEqual({ k: 1.5, id: 'svc_1' });
    expect(decodeCursor('xx')).toBeNull();
    expect(decodeCursor(Buffer.from('[1]').toString('base64url'))).toBeNull();
  });
});
