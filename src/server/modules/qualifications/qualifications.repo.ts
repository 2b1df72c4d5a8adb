import {
  and,
  asc,
  count,
  desc,
  eq,
  ilike,
  inArray,
  notInArray,
  type Executor,
} from '../../platform/db';
import {
  qualificationApplications as apps,
  qualificationVersions as versions,
} from './qualifications.tables';

export type ApplicationRow = typeof apps.$inferSelect;
export type VersionRow = typeof versions.$inferSelect;

export async function insertApplication(ex: Executor, row: typeof apps.$inferInsert) {
  const [created] = await ex.insert(apps).values(row).returning();
  return created;
}

export async function findApplication(ex: Executor, id: string) {
  const [row] = await ex.select().from(apps).where(eq(apps.id, id));
  return row ?? null;
}

export async function listApplicationsOf(ex: Executor, providerId: string) {
  return ex
    .select()
    .from(apps)
    .where(eq(apps.providerId, providerId))
    .orderBy(desc(apps.createdAt), desc(apps.id));
}

/** The live (not withdrawn, not revoked) application of a provider for a category, if any. */
export async function findLiveApplication(ex: Executor, providerId: string, categoryId: string) {
  const [row] = await ex
    .select()
    .from(apps)
    .where(
      and(
        eq(apps.providerId, providerId),
        eq(apps.categoryId, categoryId),
        notInArray(apps.state, ['withdrawn', 'revoked']),
      ),
    );
  return row ?? null;
}

export async function listApprovedOf(ex: Executor, providerId: string) {
  return ex
    .select()
    .from(apps)
    .where(and(eq(apps.providerId, providerId), eq(apps.state, 'approved')))
    .orderBy(asc(apps.decidedAt));
}

/** Updates an application only if it is still in one of `states`: the guard against races. */
export async function updateApplicationIn(
  ex: Executor,
  id: string,
  states: string[],
  set: Partial<typeof apps.$inferInsert>,
): Promise<ApplicationRow | null> {
  const [row] = await ex
    .update(apps)
    .set(set)
    .where(and(eq(apps.id, id), inArray(apps.state, states)))
    .returning();
  return row ?? null;
}

export async function insertVersion(ex: Executor, row: typeof versions.$inferInsert) {
  await ex.insert(versions).values(row);
}

export async function listVersions(ex: Executor, applicationId: string) {
  return ex
    .select()
    .from(versions)
    .where(eq(versions.applicationId, applicationId))
    .orderBy(asc(versions.version));
}

export async function decideVersion(
  ex: Executor,
  applicationId: string,
  version: number,
  d: { decision: string; reason: string | null; decidedBy: string | null; decidedAt: Date },
) {
  await ex
    .update(versions)
    .set(d)
    .where(and(eq(versions.applicationId, applicationId), eq(versions.version, version)));
}

export async function listForReview(
  ex: Executor,
  f: { state?: string; serviceType?: string; q?: string; limit: number; offset: number },
) {
  const where = and(
    f.state ? eq(apps.state, f.state) : inArray(apps.state, ['submitted', 'approved', 'rejected']),
    f.serviceType ? eq(apps.serviceType, f.serviceType) : undefined,
    f.q ? ilike(apps.companyName, `%${f.q.replace(/[%_\\]/g, '\\$&')}%`) : undefined,
  );
  const rows = await ex
    .select()
    .from(apps)
    .where(where)
    .orderBy(asc(apps.submittedAt), desc(apps.id))
    .limit(f.limit)
    .offset(f.offset);
  const [{ n }] = await ex.select({ n: count() }).from(apps).where(where);
  return { rows, total: Number(n) };
}
