/** The feature's one door to the shared layers (lib, components, contracts): what it depends on, in one place. */
export { apiRequest } from '../../lib/api';
export { formatDateTime } from '../../lib/format';
export { useSession } from '../../lib/session';
export { ErrorAlert } from '../../components/ErrorAlert';
export { PageSpinner } from '../../components/PageSpinner';
export { useErrorText } from '../../lib/use-error-text';
export type { AppScope } from '../../../contracts/apps';
export type {
  AuthorizeQuery,
  ConsentReply,
  authorizationListReplySchema,
  decisionReplySchema,
} from '../../../contracts/oauth';
