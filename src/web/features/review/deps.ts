/** The feature's one door to the shared layers (lib, components, contracts): what it depends on, in one place. */
export { apiRequest } from '../../lib/api';
export { applyFieldErrors } from '../../lib/form-errors';
export { formatDate, formatDateTime } from '../../lib/format';
export { ApplicationStateTag } from '../../components/ApplicationStateTag';
export { ErrorAlert } from '../../components/ErrorAlert';
export { PageSpinner } from '../../components/PageSpinner';
export { OnboardingFieldsView } from '../../components/OnboardingFieldsView';
export { useErrorText } from '../../lib/use-error-text';
export { useUrlFilters } from '../../lib/use-url-filters';
export { isOnboardingField, onboardingFieldOrder } from '../../components/onboarding-fields';
export type {
  ApplicationState,
  rejectBodySchema,
  reviewDetailReplySchema,
  reviewListQuerySchema,
  reviewListReplySchema,
} from '../../../contracts/onboarding';
