import { sql } from 'drizzle-orm';
import {
  pgTable,
  text,
  bigint,
  index,
  uniqueIndex,
  check,
  boolean,
  jsonb,
} from 'drizzle-orm/pg-core';
import { ts } from '../../platform/columns.tables';

const fen = (name: string) => bigint(name, { mode: 'number' });

/**
 * Ledger accounts. `balance` is kept in the account's normal direction (assets debit-normal,
 * liabilities credit-normal) and is a cache of the sum of its entries, updated in the same
 * transaction; provider accounts may never go below zero (CHECK).
 */
export const ledgerAccounts = pgTable(
  'ledger_accounts',
  {
    id: text('id').primaryKey(),
    providerId: text('provider_id'),
    kind: text('kind').notNull(),
    normal: text('normal').notNull(),
    allowNegative: boolean('allow_negative').notNull().default(false),
    balance: fen('balance').notNull().default(0),
    updatedAt: ts('updated_at').notNull(),
  },
  (t) => [
    index('ledger_accounts_provider_idx').on(t.providerId),
    check('ledger_accounts_non_negative', sql`${t.allowNegative} or ${t.balance} >= 0`),
  ],
);

/** One business event; its entries sum to zero. `reference` makes posting idempotent. */
export const ledgerTransactions = pgTable(
  'ledger_transactions',
  {
    id: text('id').primaryKey(),
    providerId: text('provider_id'),
    kind: text('kind').notNull(),
    reference: text('reference').notNull(),
    amount: fen('amount').notNull(),
    memo: text('memo').notNull().default(''),
    detail: jsonb('detail').$type<Record<string, unknown>>().notNull().default({}),
    voucherCode: text('voucher_code').notNull(),
    createdBy: text('created_by'),
    createdAt: ts('created_at').notNull(),
  },
  (t) => [
    uniqueIndex('ledger_transactions_reference_idx').on(t.reference),
    index('ledger_transactions_provider_idx').on(t.providerId, t.createdAt),
    /** Public voucher verification looks a voucher up by its number. */
    index('ledger_transactions_voucher_idx').on(t.voucherCode),
  ],
);

/** Append-only entries: debit positive, credit negative (a trigger refuses updates and deletes). */
export const ledgerEntries = pgTable(
  'ledger_entries',
  {
    id: text('id').primaryKey(),
    transactionId: text('transaction_id').notNull(),
    accountId: text('account_id').notNull(),
    amount: fen('amount').notNull(),
    createdAt: ts('created_at').notNull(),
  },
  (t) => [
    index('ledger_entries_tx_idx').on(t.transactionId),
    index('ledger_entries_account_idx').on(t.accountId),
  ],
);

/** What a provider must keep held: one row per approved category (kuaishou) or service (xiaohongshu). */
export const depositRequirements = pgTable(
  'deposit_requirements',
  {
    id: text('id').primaryKey(),
    providerId: text('provider_id').notNull(),
    sourceType: text('source_type').notNull(),
    sourceId: text('source_id').notNull(),
    label: text('label').notNull(),
    amountFen: fen('amount_fen').notNull(),
    heldFen: fen('held_fen').notNull().default(0),
    createdAt: ts('created_at').notNull(),
  },
  (t) => [
    uniqueIndex('deposit_requirements_source_idx').on(t.providerId, t.sourceType, t.sourceId),
  ],
);

/** Each provider's unique remittance reference (汇款识别码) for offline transfers. */
export const remittanceRefs = pgTable('remittance_refs', {
  providerId: text('provider_id').primaryKey(),
  code: text('code').notNull().unique(),
  createdAt: ts('created_at').notNull(),
});

/** An imported bank statement file. */
export const bankStatements = pgTable('bank_statements', {
  id: text('id').primaryKey(),
  fileName: text('file_name').notNull(),
  importedBy: text('imported_by').notNull(),
  rows: bigint('rows', { mode: 'number' }).notNull(),
  importedAt: ts('imported_at').notNull(),
});

/**
 * One incoming transfer of a statement. `bankTxnId` is unique: importing the same statement
 * twice records (and credits) each transfer once.
 */
export const bankCredits = pgTable(
  'bank_credits',
  {
    id: text('id').primaryKey(),
    statementId: text('statement_id').notNull(),
    bankTxnId: text('bank_txn_id').notNull().unique(),
    valueDate: text('value_date').notNull(),
    amountFen: fen('amount_fen').notNull(),
    payerName: text('payer_name').notNull(),
    payerAccount: text('payer_account').notNull(),
    memo: text('memo').notNull(),
    state: text('state').notNull(),
    providerId: text('provider_id'),
    reason: text('reason'),
    requestedBy: text('requested_by'),
    decidedBy: text('decided_by'),
    createdAt: ts('created_at').notNull(),
  },
  (t) => [index('bank_credits_state_idx').on(t.state)],
);

/**
 * Money leaving a deposit (withdrawal, deduction for a violation): requested, then approved by
 * two different operators before it moves; until then the amount sits in `pending_out`.
 */
export const moneyOuts = pgTable(
  'money_outs',
  {
    id: text('id').primaryKey(),
    kind: text('kind').notNull(),
    providerId: text('provider_id').notNull(),
    amountFen: fen('amount_fen').notNull(),
    /** A deduction takes from what is held first; this much came from held. */
    fromHeldFen: fen('from_held_fen').notNull().default(0),
    state: text('state').notNull(),
    rule: text('rule'),
    reason: text('reason').notNull(),
    requestedBy: text('requested_by').notNull(),
    firstApprovedBy: text('first_approved_by'),
    secondApprovedBy: text('second_approved_by'),
    rejectedBy: text('rejected_by'),
    createdAt: ts('created_at').notNull(),
    decidedAt: ts('decided_at'),
  },
  (t) => [
    index('money_outs_state_idx').on(t.state),
    index('money_outs_provider_idx').on(t.providerId),
    /** At most one exit (退出退还保证金) in progress per provider, even under concurrent requests. */
    uniqueIndex('money_outs_one_open_exit_idx')
      .on(t.providerId)
      .where(sql`${t.kind} = 'exit' and ${t.state} in ('requested', 'first_approved')`),
  ],
);
