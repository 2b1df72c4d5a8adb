/** The feature's one door to the shared layers (lib, components, contracts): what it depends on, in one place. */
export { apiRequest } from '../../lib/api';
export { applyFieldErrors } from '../../lib/form-errors';
export { formatDate, formatDateTime } from '../../lib/format';
export { useErrorText } from '../../lib/use-error-text';
export { useUrlFilters } from '../../lib/use-url-filters';
export { ErrorAlert } from '../../components/ErrorAlert';
export { PageSpinner } from '../../components/PageSpinner';
export { QualificationStateTag } from '../../components/QualificationStateTag';
export { CategoryRequirementsList } from '../../components/CategoryRequirementsList';
export { QualificationMaterialsView } from '../../components/QualificationMaterialsView';
export type { ServiceType } from '../../../contracts/catalog';
export type {
  opsQualificationDetailSchema,
  opsQualificationListQuerySchema,
  opsQualificationListReplySchema,
  QualificationState,
} from '../../../contracts/qualifications';
export type {
  CertificationMethod,
  CertificationState,
  opsCertificationDetailSchema,
  opsCertificationListQuerySchema,
  opsCertificationListReplySchema,
} from '../../../contracts/certification';
