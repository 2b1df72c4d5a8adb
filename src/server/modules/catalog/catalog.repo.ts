import { and, asc, eq, type Executor } from '../../platform/db';
import { categories } from './catalog.tables';

export type CategoryRow = typeof categories.$inferSelect;

export async function insertCategories(ex: Executor, rows: Array<typeof categories.$inferInsert>) {
  if (rows.length) await ex.insert(categories).values(rows).onConflictDoNothing();
}

export async function listCategoriesOf(ex: Executor, platform: string) {
  return ex
    .select()
    .from(categories)
    .where(and(eq(categories.platform, platform), eq(categories.retired, false)))
    .orderBy(asc(categories.id));
}
