/** The feature's one door to the shared layers (lib, components, contracts): what it depends on, in one place. */
export { apiRequest } from '../../lib/api';
export { formatDateTime, formatFen } from '../../lib/format';
export { applyFieldErrors } from '../../lib/form-errors';
export { ErrorAlert } from '../../components/ErrorAlert';
export type {
  bankCreditListReplySchema,
  moneyOutListReplySchema,
  statementImportReplySchema,
} from '../../../contracts/deposits';
