/** The feature's one door to the shared layers (lib, components, contracts): what it depends on, in one place. */
export { apiRequest, isApiError } from '../../lib/api';
export { useSession, useSessionChanged } from '../../lib/session';
export type { SessionReply } from '../../lib/session';
export { ErrorAlert } from '../../components/ErrorAlert';
export { PageSpinner } from '../../components/PageSpinner';
export { applyFieldErrors } from '../../lib/form-errors';
export { useCountdown } from '../../lib/use-countdown';
export { useNextPath } from '../../lib/next-path';
export type {
  accountRoleSchema,
  operatorLoginBodySchema,
  qrStartReplySchema,
  qrStatusReplySchema,
  smsSendBodySchema,
  smsSendReplySchema,
  smsVerifyBodySchema,
} from '../../../contracts/auth';
