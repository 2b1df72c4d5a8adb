/** The feature's one door to the shared layers (lib, components, contracts): what it depends on, in one place. */
export { apiRequest, isApiError } from '../../lib/api';
export { applyFieldErrors } from '../../lib/form-errors';
export { formatDate, formatDateTime, formatFen } from '../../lib/format';
export { ErrorAlert } from '../../components/ErrorAlert';
export { PageSpinner } from '../../components/PageSpinner';
export { useErrorText } from '../../lib/use-error-text';
export { useSession } from '../../lib/session';
export {
  SERVICE_DURATIONS,
  emptyServiceContent,
  type DiffRow,
  type MarketService,
  type OpsServiceDetail,
  type LiftableKind,
  type PenaltyKind,
  type Precheck,
  type ServiceContent,
  type ServiceDetail,
  type ServiceListingState,
  type ServiceOptions,
  type ServiceReviewState,
  type ServiceSummary,
  type ServiceVersionView,
  type marketServiceListSchema,
  type opsServiceListReplySchema,
  type serviceListReplySchema,
  type submitServiceReplySchema,
} from '../../../contracts/services';
export type { MarketOrder, Quote, RatingsReply } from '../../../contracts/orders';
export type { ProviderPenaltyKind, ProviderStanding } from '../../../contracts/provider-penalties';
