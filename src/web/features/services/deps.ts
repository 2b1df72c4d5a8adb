/** The feature's one door to the shared layers (lib, components, contracts): what it depends on, in one place. */
export { apiRequest, isApiError } from '../../lib/api';
export { applyFieldErrors } from '../../lib/form-errors';
export { formatDate, formatDateTime, formatFen } from '../../lib/format';
export { ErrorAlert } from '../../components/ErrorAlert';
export { PageSpinner } from '../../components/PageSpinner';
export { useErrorText } from '../../lib/use-error-text';
export { useSession } from '../../lib/session';
export {
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
import type { SERVICE_DURATIONS as ContractDurations } from '../../../contracts/services';

/**
 * The contract's durations, repeated here with its exact type (a change there fails to compile
 * here): importing any value from contracts/services.ts brings zod and its schemas into the
 * chunk, ~27 KB gzip on the service form that only needs these four numbers.
 */
export const SERVICE_DURATIONS: typeof ContractDurations = [31, 92, 183, 365];
export type { ProviderPenaltyKind, ProviderStanding } from '../../../contracts/provider-penalties';
