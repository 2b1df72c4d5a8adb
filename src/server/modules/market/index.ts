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
} from './market.service';
export { searchTokens, queryTokens } from './market.rules';
