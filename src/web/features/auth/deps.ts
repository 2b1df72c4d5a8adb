/*
 * The feature's one door to the shared layers (lib, components, contracts). The lint rule
 * "features never import each other's insides" also matches every `../../` path, so the
 * imports that leave the feature are kept here, in one place.
 */
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
