import { and, asc, count, desc, eq, ilike, or, type Executor } from '../../platform/db';
import {
  agreementAcceptances,
  onboardingApplications,
  onboardingVersions,
  providers,
} from './onboarding.tables';

export type ApplicationRow = typeof onboardingApplications.$inferSelect;
export type VersionRow = typeof onboardingVersions.$inferSelect;

export async function listAcceptances(ex: Executor, accountId: string) {
  return ex
    .select()
    .from(agreementAcceptances)
    .where(eq(agreementAcceptances.accountId, accountId));
}

export async function insertAcceptance(
  ex: Executor,
  row: typeof agreementAcceptances.$inferInsert,
) {
  await ex.insert(agreementAcceptances).values(row).onConflictDoNothing();
}

export async function findApplicationByAccount(ex: Executor, accountId: string) {
  const [row] = await ex
    .select()
    .from(onboardingApplications)
    .where(eq(onboardingApplications.accountId, accountId));
  return row ?? null;
}

export async function findApplication(ex: Executor, id: string) {
  const [row] = await ex
    .select()
    .from(onboardingApplications)
    .where(eq(onboardingApplications.id, id));
  return row ?? null;
}

export async function insertApplicationIfMissing(
  ex: Executor,
  row: typeof onboardingApplications.$inferInsert,
) {
  await ex
    .insert(onboardingApplications)
    .values(row)
    .onConflictDoNothing({ target: onboardingApplications.accountId });
}

/** Updates an application only if it is still in one of `states`: the guard against double decisions. */
export async function updateApplicationIn(
  ex: Executor,
  id: string,
  states: string[],
  set: Partial<typeof onboardingApplications.$inferInsert>,
): Promise<ApplicationRow | null> {
  const [row] = await ex
    .update(onboardingApplications)
    .set(set)
    .where(
      and(
        eq(onboardingApplications.id, id),
        or(...states.map((s) => eq(onboardingApplications.state, s))),
      ),
    )
    .returning();
  return row ?? null;
}

export async function insertVersion(ex: Executor, row: typeof onboardingVersions.$inferInsert) {
  await ex.insert(onboardingVersions).values(row);
}

export async function listVersions(ex: Executor, applicationId: string) {
  return ex
    .select()
    .from(onboardingVersions)
    .where(eq(onboardingVersions.applicationId, applicationId))
    .orderBy(asc(onboardingVersions.version));
}

export async function decideVersion(
  ex: Executor,
  applicationId: string,
  version: number,
  d: {
    decision: string;
    reason: string | null;
    fieldReasons: Record<string, string>;
    decidedBy: string | null;
    decidedAt: Date;
  },
) {
  await ex
    .update(onboardingVersions)
    .set(d)
    .where(
      and(
        eq(onboardingVersions.applicationId, applicationId),
        eq(onboardingVersions.version, version),
      ),
    );
}

export async function listApplications(
  ex: Executor,
  f: { state?: string; q?: string; limit: number; offset: number },
) {
  const where = and(
    f.state
      ? eq(onboardingApplications.state, f.state)
      : or(
          eq(onboardingApplications.state, 'submitted'),
          eq(onboardingApplications.state, 'approved'),
          eq(onboardingApplications.state, 'rejected'),
        ),
    f.q
      ? ilike(onboardingApplications.companyName, `%${f.q.replace(/[%_\\]/g, '\\$&')}%`)
      : undefined,
  );
  const rows = await ex
    .select()
    .from(onboardingApplications)
    .where(where)
    .orderBy(asc(onboardingApplications.submittedAt), desc(onboardingApplications.id))
    .limit(f.limit)
    .offset(f.offset);
  const [{ n }] = await ex.select({ n: count() }).from(onboardingApplications).where(where);
  return { rows, total: Number(n) };
}

export async function findProviderByCreditCode(ex: Executor, creditCode: string) {
  const [row] = await ex.select().from(providers).where(eq(providers.creditCode, creditCode));
  return row ?? null;
}

export async function insertProvider(ex: Executor, row: typeof providers.$inferInsert) {
  await ex.insert(providers).values(row);
}

export async function findProviderByAccount(ex: Executor, accountId: string) {
  const [row] = await ex.select().from(providers).where(eq(providers.accountId, accountId));
  return row ?? null;
}

export async function findProviderById(ex: Executor, id: string) {
  const [row] = await ex.select().from(providers).where(eq(providers.id, id));
  return row ?? null;
}

/** The provider row, locked until the transaction ends (penalties read, append, write back). */
export async function lockProvider(ex: Executor, id: string) {
  const [row] = await ex.select().from(providers).where(eq(providers.id, id)).for('update');
  return row ?? null;
}

export async function updateProvider(
  ex: Executor,
  id: string,
  set: Partial<typeof providers.$inferInsert>,
) {
  await ex.update(providers).set(set).where(eq(providers.id, id));
}
