/** The feature's one door to the shared layers (lib, components, contracts): what it depends on, in one place. */
export { apiRequest, isApiError } from '../../lib/api';
export { applyFieldErrors } from '../../lib/form-errors';
export { formatFen } from '../../lib/format';
export { useErrorText } from '../../lib/use-error-text';
export { useUrlFilters } from '../../lib/use-url-filters';
export { ErrorAlert } from '../../components/ErrorAlert';
export { CategoryRequirementsList } from '../../components/CategoryRequirementsList';
export type {
  CategoryCreateBody,
  CategoryDetail,
  CategoryUpdateBody,
  ServiceType,
} from '../../../contracts/catalog';
