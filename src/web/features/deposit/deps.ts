/** The feature's one door to the shared layers (lib, components, contracts): what it depends on, in one place. */
export { apiRequest } from '../../lib/api';
export { formatDateTime, formatFen } from '../../lib/format';
export { ErrorAlert } from '../../components/ErrorAlert';
export { PageSpinner } from '../../components/PageSpinner';
export { applyFieldErrors } from '../../lib/form-errors';
export type {
  DepositOverviewReply,
  channelSchema,
  moneyOutListReplySchema,
  paymentOrderSchema,
  remittanceReplySchema,
  transactionListReplySchema,
  voucherVerifyReplySchema,
} from '../../../contracts/deposits';
