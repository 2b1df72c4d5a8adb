/** The feature's one door to the shared layers (lib, components, contracts): what it depends on, in one place. */
export { apiRequest } from '../../lib/api';
export { formatDate } from '../../lib/format';
export { ErrorAlert } from '../../components/ErrorAlert';
export { PageSpinner } from '../../components/PageSpinner';
export { QualificationStateTag } from '../../components/QualificationStateTag';
export type { enterpriseReplySchema } from '../../../contracts/certification';
export type { CompanyType } from '../../../contracts/onboarding';
