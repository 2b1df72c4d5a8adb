/** The feature's one door to the shared layers (lib, components, contracts): what it depends on, in one place. */
export { apiRequest, isApiError } from '../../lib/api';
export { useSession } from '../../lib/session';
export { applyFieldErrors } from '../../lib/form-errors';
export { formatDate } from '../../lib/format';
export { ApplicationStateTag } from '../../components/ApplicationStateTag';
export { ErrorAlert } from '../../components/ErrorAlert';
export { PageSpinner } from '../../components/PageSpinner';
export { OnboardingFieldsView } from '../../components/OnboardingFieldsView';
export { useErrorText } from '../../lib/use-error-text';
export {
  companyTypes,
  isOnboardingField,
  onboardingFieldOrder,
  type OnboardingFieldName,
} from '../../components/onboarding-fields';
export type {
  acceptAgreementsBodySchema,
  ApplicationState,
  CompanyType,
  entityTypeSchema,
  fileRefSchema,
  MyOnboardingReply,
  OnboardingDraft,
  submitReplySchema,
} from '../../../contracts/onboarding';
