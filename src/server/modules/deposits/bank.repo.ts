import { and, asc, desc, eq, inArray, sql, type Executor } from '../../platform/db';
import {
  bankCredits,
  bankStatements,
  depositRequirements,
  remittanceRefs,
} from './deposits.tables';

export type BankCreditRow = typeof bankCredits.$inferSelect;

export async function findRef(ex: Executor, providerId: string) {
  const [row] = await ex
    .select()
    .from(remittanceRefs)
    .where(eq(remittanceRefs.providerId, providerId));
  return row ?? null;
}

export async function insertRef(ex: Executor, row: typeof remittanceRefs.$inferInsert) {
  await ex.insert(remittanceRefs).values(row).onConflictDoNothing();
}

export async function refsByCodes(ex: Executor, codes: string[]) {
  if (!codes.length) return [];
  return ex.select().from(remittanceRefs).where(inArray(remittanceRefs.code, codes));
}

export async function insertStatement(ex: Executor, row: typeof bankStatements.$inferInsert) {
  await ex.insert(bankStatements).values(row);
}

/** Records a statement line unless the bank transaction is known; false for a repeat. */
export async function insertCredit(ex: Executor, row: BankCreditRow) {
  const rows = await ex
    .insert(bankCredits)
    .values(row)
    .onConflictDoNothing()
    .returning({ id: bankCredits.id });
  return rows.length === 1;
}

export async function findCredit(ex: Executor, id: string) {
  const [row] = await ex.select().from(bankCredits).where(eq(bankCredits.id, id));
  return row ?? null;
}

export async function moveCredit(
  ex: Executor,
  id: string,
  from: string,
  set: Partial<BankCreditRow>,
) {
  const [row] = await ex
    .update(bankCredits)
    .set(set)
    .where(and(eq(bankCredits.id, id), eq(bankCredits.state, from)))
    .returning();
  return row ?? null;
}

export async function listCredits(ex: Executor, state?: string) {
  return ex
    .select()
    .from(bankCredits)
    .where(state ? eq(bankCredits.state, state) : undefined)
    .orderBy(desc(bankCredits.createdAt), asc(bankCredits.bankTxnId))
    .limit(200);
}

export async function findRequirement(ex: Executor, id: string) {
  const [row] = await ex.select().from(depositRequirements).where(eq(depositRequirements.id, id));
  return row ?? null;
}

/** Marks a requirement paid (held), once. */
export async function holdRequirement(ex: Executor, id: string, amount: number) {
  const rows = await ex
    .update(depositRequirements)
    .set({ heldFen: sql`${depositRequirements.heldFen} + ${amount}` })
    .where(
      and(
        eq(depositRequirements.id, id),
        sql`${depositRequirements.heldFen} + ${amount} <= ${depositRequirements.amountFen}`,
      ),
    )
    .returning({ id: depositRequirements.id });
  return rows.length === 1;
}
