import { asc, desc, eq, inArray, sql, and, count, type Executor } from '../../platform/db';
import {
  depositRequirements,
  ledgerAccounts,
  ledgerEntries,
  ledgerTransactions,
} from './deposits.tables';
import type { AccountSpec, Entry } from './ledger.rules';

export type LedgerTxRow = typeof ledgerTransactions.$inferSelect;

export async function ensureAccounts(ex: Executor, specs: AccountSpec[], now: Date) {
  await ex
    .insert(ledgerAccounts)
    .values(specs.map((s) => ({ ...s, balance: 0, updatedAt: now })))
    .onConflictDoNothing();
}

/** Inserts the transaction header unless its reference exists; false means "already posted". */
export async function insertTransaction(ex: Executor, row: typeof ledgerTransactions.$inferInsert) {
  const rows = await ex
    .insert(ledgerTransactions)
    .values(row)
    .onConflictDoNothing()
    .returning({ id: ledgerTransactions.id });
  return rows.length === 1;
}

/** Moves one account's cached balance; the CHECK constraint refuses a provider overdraft. */
export async function addToBalance(ex: Executor, accountId: string, delta: number, now: Date) {
  await ex
    .update(ledgerAccounts)
    .set({ balance: sql`${ledgerAccounts.balance} + ${delta}`, updatedAt: now })
    .where(eq(ledgerAccounts.id, accountId));
}

export async function insertEntries(
  ex: Executor,
  txId: string,
  entries: Array<Entry & { id: string }>,
  now: Date,
) {
  await ex
    .insert(ledgerEntries)
    .values(entries.map((e) => ({ ...e, transactionId: txId, createdAt: now })));
}

export async function accountBalances(ex: Executor, ids: string[]) {
  if (!ids.length) return new Map<string, number>();
  const rows = await ex.select().from(ledgerAccounts).where(inArray(ledgerAccounts.id, ids));
  return new Map(rows.map((r) => [r.id, r.balance]));
}

export async function findTransactionByReference(ex: Executor, reference: string) {
  const [row] = await ex
    .select()
    .from(ledgerTransactions)
    .where(eq(ledgerTransactions.reference, reference));
  return row ?? null;
}

export async function findTransaction(ex: Executor, id: string) {
  const [row] = await ex.select().from(ledgerTransactions).where(eq(ledgerTransactions.id, id));
  return row ?? null;
}

export async function listTransactions(
  ex: Executor,
  f: { providerId: string; kind?: string; limit: number; offset: number },
) {
  const where = and(
    eq(ledgerTransactions.providerId, f.providerId),
    f.kind ? eq(ledgerTransactions.kind, f.kind) : undefined,
  );
  const rows = await ex
    .select()
    .from(ledgerTransactions)
    .where(where)
    .orderBy(desc(ledgerTransactions.createdAt), desc(ledgerTransactions.id))
    .limit(f.limit)
    .offset(f.offset);
  return { rows };
}

export async function sumEntriesByAccount(ex: Executor, accountId: string) {
  const [row] = await ex
    .select({ s: sql<string>`coalesce(sum(${ledgerEntries.amount}), 0)` })
    .from(ledgerEntries)
    .where(eq(ledgerEntries.accountId, accountId));
  return Number(row.s);
}

export async function listRequirements(ex: Executor, providerId: string) {
  return ex
    .select()
    .from(depositRequirements)
    .where(eq(depositRequirements.providerId, providerId))
    .orderBy(asc(depositRequirements.createdAt), asc(depositRequirements.id));
}

export async function upsertRequirement(
  ex: Executor,
  row: typeof depositRequirements.$inferInsert,
) {
  await ex
    .insert(depositRequirements)
    .values(row)
    .onConflictDoUpdate({
      target: [
        depositRequirements.providerId,
        depositRequirements.sourceType,
        depositRequirements.sourceId,
      ],
      set: { amountFen: row.amountFen, label: row.label },
    });
}

export async function setRequirementHeld(ex: Executor, id: string, heldFen: number) {
  await ex.update(depositRequirements).set({ heldFen }).where(eq(depositRequirements.id, id));
}

export async function findTransactionsByVoucher(ex: Executor, voucherCode: string) {
  return ex
    .select()
    .from(ledgerTransactions)
    .where(eq(ledgerTransactions.voucherCode, voucherCode))
    .limit(5);
}

/** On exit every requirement of the provider is released (the rows go; the audit log keeps them). */
export async function deleteRequirements(ex: Executor, providerId: string) {
  return ex
    .delete(depositRequirements)
    .where(eq(depositRequirements.providerId, providerId))
    .returning();
}

export async function countTransactions(ex: Executor, providerId: string) {
  const [{ n }] = await ex
    .select({ n: count() })
    .from(ledgerTransactions)
    .where(eq(ledgerTransactions.providerId, providerId));
  return Number(n);
}
