import {
  and,
  asc,
  count,
  desc,
  eq,
  gte,
  ilike,
  inArray,
  isNull,
  type Executor,
} from '../../platform/db';
import * as oneTimeCodes from '../../platform/one-time-codes.repo';
import {
  certificationCodes as codes,
  certifications,
  certificationVersions as versions,
} from './certification.tables';

export type CertificationRow = typeof certifications.$inferSelect;
export type CertVersionRow = typeof versions.$inferSelect;

export async function findByProvider(ex: Executor, providerId: string) {
  const [row] = await ex
    .select()
    .from(certifications)
    .where(eq(certifications.providerId, providerId));
  return row ?? null;
}

export async function findCertification(ex: Executor, id: string) {
  const [row] = await ex.select().from(certifications).where(eq(certifications.id, id));
  return row ?? null;
}

export async function insertCertification(ex: Executor, row: typeof certifications.$inferInsert) {
  const [created] = await ex.insert(certifications).values(row).returning();
  return created;
}

export async function updateCertificationIn(
  ex: Executor,
  id: string,
  states: string[],
  set: Partial<typeof certifications.$inferInsert>,
) {
  const [row] = await ex
    .update(certifications)
    .set(set)
    .where(and(eq(certifications.id, id), inArray(certifications.state, states)))
    .returning();
  return row ?? null;
}

export async function insertCertVersion(ex: Executor, row: typeof versions.$inferInsert) {
  await ex.insert(versions).values(row);
}

export async function listCertVersions(ex: Executor, certificationId: string) {
  return ex
    .select()
    .from(versions)
    .where(eq(versions.certificationId, certificationId))
    .orderBy(asc(versions.version));
}

export async function decideCertVersion(
  ex: Executor,
  certificationId: string,
  version: number,
  d: { decision: string; reason: string | null; decidedBy: string; decidedAt: Date },
) {
  await ex
    .update(versions)
    .set(d)
    .where(and(eq(versions.certificationId, certificationId), eq(versions.version, version)));
}

export async function listCertificationsForReview(
  ex: Executor,
  f: { state?: string; method?: string; q?: string; limit: number; offset: number },
) {
  const where = and(
    f.state ? eq(certifications.state, f.state) : undefined,
    f.method ? eq(certifications.method, f.method) : undefined,
    f.q ? ilike(certifications.companyName, `%${f.q.replace(/[%_\\]/g, '\\$&')}%`) : undefined,
  );
  const rows = await ex
    .select()
    .from(certifications)
    .where(where)
    .orderBy(asc(certifications.submittedAt), desc(certifications.id))
    .limit(f.limit)
    .offset(f.offset);
  const [{ n }] = await ex.select({ n: count() }).from(certifications).where(where);
  return { rows, total: Number(n) };
}

// ---- SMS codes for legal-person certification ----

export async function codeStats(ex: Executor, providerId: string, since: Date) {
  const [last] = await ex
    .select()
    .from(codes)
    .where(eq(codes.providerId, providerId))
    .orderBy(desc(codes.createdAt))
    .limit(1);
  const [{ n }] = await ex
    .select({ n: count() })
    .from(codes)
    .where(and(eq(codes.providerId, providerId), gte(codes.createdAt, since)));
  return { lastSentAt: last?.createdAt ?? null, sentSince: Number(n) };
}

export async function insertCode(ex: Executor, row: typeof codes.$inferInsert) {
  await ex.insert(codes).values(row);
}

/** The newest code sent for this provider to this mobile that is neither used nor burned. */
export async function findLiveCode(ex: Executor, providerId: string, mobile: string) {
  const [row] = await ex
    .select()
    .from(codes)
    .where(
      and(
        eq(codes.providerId, providerId),
        eq(codes.mobile, mobile),
        isNull(codes.usedAt),
        isNull(codes.burnedAt),
      ),
    )
    .orderBy(desc(codes.createdAt))
    .limit(1);
  return row ?? null;
}

/** Counts a wrong try; burns the code at `maxAttempts`. Returns the attempts after this one. */
export const countWrongTry = (ex: Executor, id: string, maxAttempts: number, now: Date) =>
  oneTimeCodes.countWrongTry(ex, codes, id, maxAttempts, now);

/** Marks a code used, once: a concurrent second use finds nothing to update. */
export const useCode = (ex: Executor, id: string, now: Date) =>
  oneTimeCodes.useOneTimeCode(ex, codes, id, now);
