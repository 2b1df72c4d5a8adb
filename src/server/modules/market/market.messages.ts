import type { MessageEntry } from '../../platform/messages';

/** Texts of the marketplace (市场): error codes (listed in docs/errors.md). */
export const MARKET_MESSAGES: Record<string, MessageEntry> = {
  'MARKET.PRICE_RANGE': {
    zh: '最低价不能高于最高价',
    en: 'The lowest price cannot be above the highest price',
  },
  'MARKET.BAD_CURSOR': {
    zh: '分页位置无效，请从第一页重新开始',
    en: 'The page position is not valid; start again from the first page',
  },
};
