/** The feature's one door to the shared layers (lib, components, contracts): what it depends on, in one place. */
export { apiRequest } from '../../lib/api';
export { applyFieldErrors } from '../../lib/form-errors';
export { formatDate, formatDateTime } from '../../lib/format';
export { useCountdown } from '../../lib/use-countdown';
export { useErrorText } from '../../lib/use-error-text';
export { ErrorAlert } from '../../components/ErrorAlert';
export { PageSpinner } from '../../components/PageSpinner';
export { FileUpload, type UploadedFile } from '../../components/FileUpload';
export { QualificationStateTag } from '../../components/QualificationStateTag';
export type {
  agentSubmitBodySchema,
  legalCodeBodySchema,
  legalSubmitBodySchema,
  myCertificationReplySchema,
} from '../../../contracts/certification';
