import { registerMessages } from '../../platform/messages';
import { MARKET_MESSAGES } from './market.messages';

registerMessages(MARKET_MESSAGES);

export { marketRoutes } from './market.routes';
export {
  syncListing,
  adjustListingStats,
  ensureMarketListings,
  searchListings,
  marketHome,
  readMarketVersion,
} from './market.service';
export { MarketVersion } from './market-version';
export { searchTokens, queryTokens } from './market.rules';
