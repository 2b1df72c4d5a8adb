/** The feature's one door to the shared layers (lib, components, contracts): what it depends on, in one place. */
export { apiRequest } from '../../lib/api';
export { formatFen } from '../../lib/format';
export { ErrorAlert } from '../../components/ErrorAlert';
export { PageSpinner } from '../../components/PageSpinner';
export type { categoryListReplySchema } from '../../../contracts/ops';
export type {
  MarketHomeReply,
  MarketListing,
  MarketSearchReply,
  MarketSort,
} from '../../../contracts/market';
