import { and, desc, eq, inArray, type Executor } from '../../platform/db';
import { moneyOuts } from './deposits.tables';

export type MoneyOutRow = typeof moneyOuts.$inferSelect;

export async function insertMoneyOut(ex: Executor, row: MoneyOutRow) {
  await ex.insert(moneyOuts).values(row);
}

export async function findMoneyOut(ex: Executor, id: string) {
  const [row] = await ex.select().from(moneyOuts).where(eq(moneyOuts.id, id));
  return row ?? null;
}

export async function moveMoneyOut(
  ex: Executor,
  id: string,
  from: string,
  set: Partial<MoneyOutRow>,
) {
  const [row] = await ex
    .update(moneyOuts)
    .set(set)
    .where(and(eq(moneyOuts.id, id), eq(moneyOuts.state, from)))
    .returning();
  return row ?? null;
}

export async function listMoneyOuts(ex: Executor, f: { state?: string; providerId?: string }) {
  return ex
    .select()
    .from(moneyOuts)
    .where(
      and(
        f.state ? eq(moneyOuts.state, f.state) : undefined,
        f.providerId ? eq(moneyOuts.providerId, f.providerId) : undefined,
      ),
    )
    .orderBy(desc(moneyOuts.createdAt))
    .limit(200);
}

/** Money-outs of a provider still waiting for approval (any kind). */
export async function listOpenMoneyOuts(ex: Executor, providerId: string) {
  return ex
    .select()
    .from(moneyOuts)
    .where(
      and(
        eq(moneyOuts.providerId, providerId),
        inArray(moneyOuts.state, ['requested', 'first_approved']),
      ),
    );
}
