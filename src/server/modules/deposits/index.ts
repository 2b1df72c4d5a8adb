import './deposits.messages';
export {
  depositOverview,
  creditDeposit,
  requireDeposit,
  syncHolds,
  type DepositOverview,
} from './deposits.service';
export { postLedger } from './ledger.service';
export { postings, salePostings, salesReceivable } from './ledger.rules';
export { listRecords, type FailedRecordSource } from './records.service';
export { depositsRoutes } from './deposits.routes';
export { payRequirement } from './deposits.service';
