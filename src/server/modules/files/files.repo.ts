import { eq, type Executor } from '../../platform/db';
import { files } from './files.tables';

export type FileRow = typeof files.$inferSelect;

export async function insertFile(ex: Executor, row: FileRow) {
  await ex.insert(files).values(row);
}

export async function findFile(ex: Executor, id: string) {
  const [row] = await ex.select().from(files).where(eq(files.id, id));
  return row ?? null;
}
