export { accountsRoutes, SESSION_COOKIE, type SessionReplyBuilder } from './accounts.routes';
export { describeActor, getAccount } from './accounts.service';
export { hashPassword, newTotpSecret, totpNow } from './accounts.crypto';
export {
  upsertAccount,
  insertOperator,
  setAccountFlags,
  findAccountByMobile,
} from './accounts.repo';
export { findOperatorByUsername } from './accounts.repo';
