import {
  and,
  asc,
  count,
  desc,
  eq,
  ilike,
  inArray,
  lt,
  or,
  type Executor,
} from '../../platform/db';
import { services, serviceImages, serviceVersions } from './services.tables';

export type ServiceRow = typeof services.$inferSelect;
export type VersionRow = typeof serviceVersions.$inferSelect;
export type ImageRow = typeof serviceImages.$inferSelect;

export async function insertService(ex: Executor, row: typeof services.$inferInsert) {
  const [created] = await ex.insert(services).values(row).returning();
  return created;
}

export async function findService(ex: Executor, id: string) {
  const [row] = await ex.select().from(services).where(eq(services.id, id));
  return row ?? null;
}

/** The row, locked until the transaction ends: penalties read, append and write it back. */
export async function lockService(ex: Executor, id: string) {
  const [row] = await ex.select().from(services).where(eq(services.id, id)).for('update');
  return row ?? null;
}

export async function listServicesOf(ex: Executor, providerId: string) {
  return ex
    .select()
    .from(services)
    .where(eq(services.providerId, providerId))
    .orderBy(desc(services.createdAt), desc(services.id));
}

/** Updates a service only while `guard` still holds: the check against concurrent changes. */
export async function updateServiceWhere(
  ex: Executor,
  id: string,
  guard: {
    review?: string[];
    listing?: string[];
    pendingVersionId?: string;
    latestVersion?: number;
  },
  set: Partial<typeof services.$inferInsert>,
): Promise<ServiceRow | null> {
  const [row] = await ex
    .update(services)
    .set(set)
    .where(
      and(
        eq(services.id, id),
        guard.review ? inArray(services.review, guard.review) : undefined,
        guard.listing ? inArray(services.listing, guard.listing) : undefined,
        guard.pendingVersionId ? eq(services.pendingVersionId, guard.pendingVersionId) : undefined,
        guard.latestVersion !== undefined
          ? eq(services.latestVersion, guard.latestVersion)
          : undefined,
      ),
    )
    .returning();
  return row ?? null;
}

export async function insertVersion(ex: Executor, row: typeof serviceVersions.$inferInsert) {
  await ex.insert(serviceVersions).values(row);
}

export async function findVersion(ex: Executor, id: string) {
  const [row] = await ex.select().from(serviceVersions).where(eq(serviceVersions.id, id));
  return row ?? null;
}

export async function listVersions(ex: Executor, serviceId: string) {
  return ex
    .select()
    .from(serviceVersions)
    .where(eq(serviceVersions.serviceId, serviceId))
    .orderBy(asc(serviceVersions.version));
}

/** Fills a version's decision once (the trigger refuses a second decision). */
export async function decideVersion(
  ex: Executor,
  id: string,
  d: { decision: string; reason: string | null; decidedBy: string | null; decidedAt: Date },
) {
  await ex.update(serviceVersions).set(d).where(eq(serviceVersions.id, id));
}

export async function listInReview(ex: Executor) {
  return ex
    .select()
    .from(services)
    .where(eq(services.review, 'in_review'))
    .orderBy(asc(services.submittedAt), asc(services.id));
}

export async function listAll(ex: Executor, q?: string) {
  const like = q ? `%${q.replace(/[%_\\]/g, '\\$&')}%` : null;
  return ex
    .select()
    .from(services)
    .where(
      like ? or(ilike(services.companyName, like), ilike(services.categoryName, like)) : undefined,
    )
    .orderBy(desc(services.updatedAt), desc(services.id))
    .limit(200);
}

/** 1-based place in the review queue (first submitted, first reviewed). */
export async function queuePosition(ex: Executor, submittedAt: Date) {
  const [{ n }] = await ex
    .select({ n: count() })
    .from(services)
    .where(and(eq(services.review, 'in_review'), lt(services.submittedAt, submittedAt)));
  return Number(n) + 1;
}

export async function listListed(ex: Executor) {
  return ex
    .select()
    .from(services)
    .where(
      and(eq(services.listing, 'listed'), eq(services.hidden, false), eq(services.purged, false)),
    )
    .orderBy(desc(services.listedAt), desc(services.id))
    .limit(500);
}

export async function insertImage(ex: Executor, row: ImageRow) {
  await ex.insert(serviceImages).values(row);
}

export async function findImages(ex: Executor, ids: string[]) {
  if (!ids.length) return [];
  return ex.select().from(serviceImages).where(inArray(serviceImages.fileId, ids));
}
