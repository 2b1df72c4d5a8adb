import { and, count, desc, eq, type Executor } from '../../platform/db';
import { auditLogs } from './audit.tables';

export type AuditRow = typeof auditLogs.$inferSelect;

export async function insertAudit(ex: Executor, row: AuditRow): Promise<void> {
  await ex.insert(auditLogs).values(row);
}

export async function listAudit(
  ex: Executor,
  f: { action?: string; targetId?: string; limit: number; offset: number },
): Promise<{ rows: AuditRow[]; total: number }> {
  const where = and(
    f.action ? eq(auditLogs.action, f.action) : undefined,
    f.targetId ? eq(auditLogs.targetId, f.targetId) : undefined,
  );
  const rows = await ex
    .select()
    .from(auditLogs)
    .where(where)
    .orderBy(desc(auditLogs.at), desc(auditLogs.id))
    .limit(f.limit)
    .offset(f.offset);
  const [{ n }] = await ex.select({ n: count() }).from(auditLogs).where(where);
  return { rows, total: Number(n) };
}
