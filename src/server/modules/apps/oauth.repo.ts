import { and, eq, gt, isNull, type Executor } from '../../platform/db';
import { apps } from './apps.tables';
import { oauthCodes, oauthGrants, oauthTokenFamilies, oauthTokens } from './oauth.tables';

export type GrantRow = typeof oauthGrants.$inferSelect;
export type CodeRow = typeof oauthCodes.$inferSelect;
export type TokenRow = typeof oauthTokens.$inferSelect;

/** The live grant of (app, merchant): created, or its scopes replaced by the new consent. */
export async function upsertGrant(ex: Executor, row: GrantRow): Promise<GrantRow> {
  const [g] = await ex
    .insert(oauthGrants)
    .values(row)
    .onConflictDoUpdate({
      target: [oauthGrants.appId, oauthGrants.accountId],
      targetWhere: isNull(oauthGrants.revokedAt),
      set: { scopes: row.scopes, updatedAt: row.updatedAt },
    })
    .returning();
  return g;
}

export async function findLiveGrant(ex: Executor, appId: string, accountId: string) {
  const [row] = await ex
    .select()
    .from(oauthGrants)
    .where(
      and(
        eq(oauthGrants.appId, appId),
        eq(oauthGrants.accountId, accountId),
        isNull(oauthGrants.revokedAt),
      ),
    );
  return row ?? null;
}

export async function listLiveGrantsOfAccount(ex: Executor, accountId: string) {
  return ex
    .select({ grant: oauthGrants, app: apps })
    .from(oauthGrants)
    .innerJoin(apps, eq(apps.id, oauthGrants.appId))
    .where(and(eq(oauthGrants.accountId, accountId), isNull(oauthGrants.revokedAt)))
    .orderBy(oauthGrants.createdAt);
}

/** Revokes a merchant's grant once; null when it is not theirs or already revoked. */
export async function revokeGrant(ex: Executor, id: string, accountId: string, now: Date) {
  const [row] = await ex
    .update(oauthGrants)
    .set({ revokedAt: now, updatedAt: now })
    .where(
      and(
        eq(oauthGrants.id, id),
        eq(oauthGrants.accountId, accountId),
        isNull(oauthGrants.revokedAt),
      ),
    )
    .returning();
  return row ?? null;
}

/** Revokes every live grant of an app (its service was purged); the grants it revoked. */
export async function revokeGrantsOfApp(ex: Executor, appId: string, now: Date) {
  return ex
    .update(oauthGrants)
    .set({ revokedAt: now, updatedAt: now })
    .where(and(eq(oauthGrants.appId, appId), isNull(oauthGrants.revokedAt)))
    .returning({ id: oauthGrants.id, accountId: oauthGrants.accountId });
}

export async function insertCode(ex: Executor, row: CodeRow) {
  await ex.insert(oauthCodes).values(row);
}

export async function findCodeByHash(ex: Executor, codeHash: string) {
  const [row] = await ex.select().from(oauthCodes).where(eq(oauthCodes.codeHash, codeHash));
  return row ?? null;
}

/** Spends a code, once: a concurrent or later second use finds nothing to update. */
export async function useCode(ex: Executor, id: string, now: Date): Promise<boolean> {
  const rows = await ex
    .update(oauthCodes)
    .set({ usedAt: now })
    .where(and(eq(oauthCodes.id, id), isNull(oauthCodes.usedAt)))
    .returning({ id: oauthCodes.id });
  return rows.length === 1;
}

export async function insertFamily(ex: Executor, row: typeof oauthTokenFamilies.$inferInsert) {
  await ex.insert(oauthTokenFamilies).values(row);
}

export async function insertTokens(ex: Executor, rows: Array<typeof oauthTokens.$inferInsert>) {
  await ex.insert(oauthTokens).values(rows);
}

type FamilyFilter = { id?: string; codeId?: string; grantId?: string };

/** Revokes token families (by id, by the code they came from, or by grant) and all their tokens. */
export async function revokeFamilies(ex: Executor, f: FamilyFilter, now: Date, reason: string) {
  const where = and(
    f.id ? eq(oauthTokenFamilies.id, f.id) : undefined,
    f.codeId ? eq(oauthTokenFamilies.codeId, f.codeId) : undefined,
    f.grantId ? eq(oauthTokenFamilies.grantId, f.grantId) : undefined,
  );
  if (!where) throw new Error('revokeFamilies needs a filter');
  const families = await ex
    .update(oauthTokenFamilies)
    .set({ revokedAt: now, revokedReason: reason })
    .where(and(where, isNull(oauthTokenFamilies.revokedAt)))
    .returning({ id: oauthTokenFamilies.id });
  for (const { id } of families) {
    await ex
      .update(oauthTokens)
      .set({ revokedAt: now })
      .where(and(eq(oauthTokens.familyId, id), isNull(oauthTokens.revokedAt)));
  }
  return families.length;
}

/** A token with the family, grant and app it hangs on. */
export async function findTokenChain(ex: Executor, tokenHash: string) {
  const [row] = await ex
    .select({
      token: oauthTokens,
      familyRevokedAt: oauthTokenFamilies.revokedAt,
      grantId: oauthTokenFamilies.grantId,
      grantRevokedAt: oauthGrants.revokedAt,
      appState: apps.state,
    })
    .from(oauthTokens)
    .innerJoin(oauthTokenFamilies, eq(oauthTokenFamilies.id, oauthTokens.familyId))
    .innerJoin(oauthGrants, eq(oauthGrants.id, oauthTokenFamilies.grantId))
    .innerJoin(apps, eq(apps.id, oauthTokens.appId))
    .where(eq(oauthTokens.tokenHash, tokenHash));
  return row ?? null;
}

/** Spends a live refresh token, once. */
export async function rotateRefresh(ex: Executor, id: string, now: Date): Promise<boolean> {
  const rows = await ex
    .update(oauthTokens)
    .set({ rotatedAt: now })
    .where(
      and(
        eq(oauthTokens.id, id),
        eq(oauthTokens.kind, 'refresh'),
        isNull(oauthTokens.rotatedAt),
        isNull(oauthTokens.revokedAt),
        gt(oauthTokens.expiresAt, now),
      ),
    )
    .returning({ id: oauthTokens.id });
  return rows.length === 1;
}

export async function revokeToken(ex: Executor, id: string, now: Date) {
  await ex
    .update(oauthTokens)
    .set({ revokedAt: now })
    .where(and(eq(oauthTokens.id, id), isNull(oauthTokens.revokedAt)));
}

export async function findGrant(ex: Executor, id: string) {
  const [row] = await ex.select().from(oauthGrants).where(eq(oauthGrants.id, id));
  return row ?? null;
}
