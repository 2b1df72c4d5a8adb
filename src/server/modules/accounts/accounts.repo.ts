import { and, count, desc, eq, gte, isNull, lt, sql, type Executor } from '../../platform/db';
import * as codes from '../../platform/one-time-codes.repo';
import { accounts, operators, qrLogins, sessions, smsCodes } from './accounts.tables';

export type AccountRow = typeof accounts.$inferSelect;
export type OperatorRow = typeof operators.$inferSelect;
export type SessionRow = typeof sessions.$inferSelect;
export type SmsCodeRow = typeof smsCodes.$inferSelect;
export type QrRow = typeof qrLogins.$inferSelect;

export async function findAccountByMobile(ex: Executor, mobile: string) {
  const [row] = await ex.select().from(accounts).where(eq(accounts.mobile, mobile));
  return row ?? null;
}

export async function findAccountById(ex: Executor, id: string) {
  const [row] = await ex.select().from(accounts).where(eq(accounts.id, id));
  return row ?? null;
}

/** Creates the account of a mobile number unless it exists; returns it either way. */
export async function upsertAccount(ex: Executor, row: typeof accounts.$inferInsert) {
  await ex.insert(accounts).values(row).onConflictDoNothing({ target: accounts.mobile });
  const found = await findAccountByMobile(ex, row.mobile);
  if (!found) throw new Error('account upsert failed');
  return found;
}

export async function touchAccountSignIn(ex: Executor, id: string, at: Date) {
  await ex.update(accounts).set({ lastSignInAt: at }).where(eq(accounts.id, id));
}

export async function setAccountFlags(
  ex: Executor,
  id: string,
  flags: { isMediaOrGov?: boolean; openViolation?: boolean },
) {
  await ex.update(accounts).set(flags).where(eq(accounts.id, id));
}

export async function findOperatorByUsername(ex: Executor, username: string) {
  const [row] = await ex.select().from(operators).where(eq(operators.username, username));
  return row ?? null;
}

export async function findOperatorById(ex: Executor, id: string) {
  const [row] = await ex.select().from(operators).where(eq(operators.id, id));
  return row ?? null;
}

export async function insertOperator(ex: Executor, row: typeof operators.$inferInsert) {
  await ex.insert(operators).values(row).onConflictDoNothing({ target: operators.username });
}

export async function recordOperatorFailure(ex: Executor, id: string, lockUntil: Date | null) {
  await ex
    .update(operators)
    .set({ failedAttempts: sql`${operators.failedAttempts} + 1`, lockedUntil: lockUntil })
    .where(eq(operators.id, id));
}

export async function resetOperatorFailures(ex: Executor, id: string) {
  await ex
    .update(operators)
    .set({ failedAttempts: 0, lockedUntil: null })
    .where(eq(operators.id, id));
}

export async function insertSession(ex: Executor, row: SessionRow) {
  await ex.insert(sessions).values(row);
}

export async function findSession(ex: Executor, idHash: string) {
  const [row] = await ex.select().from(sessions).where(eq(sessions.idHash, idHash));
  return row ?? null;
}

export async function deleteSession(ex: Executor, idHash: string) {
  await ex.delete(sessions).where(eq(sessions.idHash, idHash));
}

export async function deleteExpiredSessions(ex: Executor, now: Date) {
  await ex.delete(sessions).where(lt(sessions.expiresAt, now));
}

export async function smsStats(ex: Executor, mobile: string, since: Date) {
  const [last] = await ex
    .select()
    .from(smsCodes)
    .where(eq(smsCodes.mobile, mobile))
    .orderBy(desc(smsCodes.createdAt))
    .limit(1);
  const [{ n }] = await ex
    .select({ n: count() })
    .from(smsCodes)
    .where(and(eq(smsCodes.mobile, mobile), gte(smsCodes.createdAt, since)));
  return { lastSentAt: last?.createdAt ?? null, sentSince: Number(n) };
}

export async function insertSmsCode(ex: Executor, row: typeof smsCodes.$inferInsert) {
  await ex.insert(smsCodes).values(row);
}

/** The newest code of a number that is neither used nor burned. */
export async function findLiveSmsCode(ex: Executor, mobile: string) {
  const [row] = await ex
    .select()
    .from(smsCodes)
    .where(and(eq(smsCodes.mobile, mobile), isNull(smsCodes.usedAt), isNull(smsCodes.burnedAt)))
    .orderBy(desc(smsCodes.createdAt))
    .limit(1);
  return row ?? null;
}

/** Counts a wrong try; burns the code at `maxAttempts`. Returns the attempts after this one. */
export const countWrongTry = (ex: Executor, id: string, maxAttempts: number, now: Date) =>
  codes.countWrongTry(ex, smsCodes, id, maxAttempts, now);

/** Marks a code used, once: a concurrent second use finds nothing to update. */
export const useSmsCode = (ex: Executor, id: string, now: Date) =>
  codes.useOneTimeCode(ex, smsCodes, id, now);

export async function insertQr(ex: Executor, row: QrRow) {
  await ex.insert(qrLogins).values(row);
}

export async function findQr(ex: Executor, id: string) {
  const [row] = await ex.select().from(qrLogins).where(eq(qrLogins.id, id));
  return row ?? null;
}

/** Moves a QR login from one status to the next, once. */
export async function moveQr(
  ex: Executor,
  id: string,
  from: string,
  to: string,
  accountId?: string,
): Promise<QrRow | null> {
  const [row] = await ex
    .update(qrLogins)
    .set({ status: to, ...(accountId ? { accountId } : {}) })
    .where(and(eq(qrLogins.id, id), eq(qrLogins.status, from)))
    .returning();
  return row ?? null;
}
