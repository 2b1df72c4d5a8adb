/** The feature's one door to the shared layers (lib, components, contracts). */
export { apiRequest } from '../../lib/api';
export { formatDate, formatDateTime, formatFen } from '../../lib/format';
export { ErrorAlert } from '../../components/ErrorAlert';
export { PageSpinner } from '../../components/PageSpinner';
export type {
  MarketOrder,
  MyServicesReply,
  OpsRatingsReply,
  ProviderOrdersReply,
  SubscriptionView,
} from '../../../contracts/orders';
