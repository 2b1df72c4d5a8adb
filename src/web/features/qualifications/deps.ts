/** The feature's one door to the shared layers (lib, components, contracts): what it depends on, in one place. */
export { apiRequest, isApiError } from '../../lib/api';
export { applyFieldErrors } from '../../lib/form-errors';
export { formatDate, formatDateTime, formatFen } from '../../lib/format';
export { useErrorText } from '../../lib/use-error-text';
export { ErrorAlert } from '../../components/ErrorAlert';
export { PageSpinner } from '../../components/PageSpinner';
export { FileUpload, type UploadedFile } from '../../components/FileUpload';
export { QualificationStateTag } from '../../components/QualificationStateTag';
export { CategoryRequirementsList } from '../../components/CategoryRequirementsList';
export { QualificationMaterialsView } from '../../components/QualificationMaterialsView';
export type { ServiceType } from '../../../contracts/catalog';
export type { CertificationSummary } from '../../../contracts/certification';
export type {
  Materials,
  QualificationDetail,
  QualificationOptions,
  QualificationSummary,
  QualificationState,
} from '../../../contracts/qualifications';
