/** The feature's one door to the shared layers (lib, components, contracts): what it depends on, in one place. */
export { apiRequest } from '../../lib/api';
export { applyFieldErrors } from '../../lib/form-errors';
export { formatDateTime } from '../../lib/format';
export { ErrorAlert } from '../../components/ErrorAlert';
export { PageSpinner } from '../../components/PageSpinner';
export { useErrorText } from '../../lib/use-error-text';
export { useUrlFilters } from '../../lib/use-url-filters';
export type {
  AppBody,
  AppScope,
  AppState,
  AppView,
  SimulationView,
  WebhookDeliveryView,
  appCreatedReplySchema,
  appListReplySchema,
  opsAppDetailSchema,
  opsAppListQuerySchema,
  opsAppListReplySchema,
  secretRotatedReplySchema,
} from '../../../contracts/apps';
export type { fileRefSchema } from '../../../contracts/onboarding';
