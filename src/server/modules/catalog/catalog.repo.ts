import { and, asc, eq, ilike, or, type Executor } from '../../platform/db';
import { categories } from './catalog.tables';

export type CategoryRow = typeof categories.$inferSelect;
export type CategoryInsert = typeof categories.$inferInsert;

export async function insertCategories(ex: Executor, rows: CategoryInsert[]) {
  if (rows.length) await ex.insert(categories).values(rows).onConflictDoNothing();
}

export async function listCategoriesOf(ex: Executor, platform: string) {
  return ex
    .select()
    .from(categories)
    .where(and(eq(categories.platform, platform), eq(categories.retired, false)))
    .orderBy(asc(categories.id));
}

export async function findCategory(ex: Executor, id: string) {
  const [row] = await ex.select().from(categories).where(eq(categories.id, id));
  return row ?? null;
}

export async function listCategoriesFiltered(
  ex: Executor,
  f: { platform?: string; type?: string; q?: string; retired?: boolean },
) {
  const like = f.q ? `%${f.q.replace(/[%_\\]/g, '\\$&')}%` : null;
  return ex
    .select()
    .from(categories)
    .where(
      and(
        f.platform ? eq(categories.platform, f.platform) : undefined,
        f.type ? eq(categories.type, f.type) : undefined,
        f.retired === undefined ? undefined : eq(categories.retired, f.retired),
        like ? or(ilike(categories.name, like), ilike(categories.group, like)) : undefined,
      ),
    )
    .orderBy(asc(categories.platform), asc(categories.id));
}

export async function insertCategory(ex: Executor, row: CategoryInsert) {
  const [created] = await ex.insert(categories).values(row).returning();
  return created;
}

export async function updateCategory(ex: Executor, id: string, set: Partial<CategoryInsert>) {
  const [row] = await ex.update(categories).set(set).where(eq(categories.id, id)).returning();
  return row ?? null;
}
