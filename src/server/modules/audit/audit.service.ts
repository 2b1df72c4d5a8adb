import type { Actor, AppContext } from '../../platform/context';
import { actorId } from '../../platform/context';
import type { Executor } from '../../platform/db';
import { newId } from '../../platform/ids';
import { insertAudit, listAudit } from './audit.repo';

export type AuditEntry = {
  action: string;
  targetType: string;
  targetId: string | null;
  detail?: Record<string, unknown>;
};

/** Records who did what to what; call it inside the transaction of the change itself. */
export async function recordAudit(
  ex: Executor,
  at: Date,
  actor: Actor,
  e: AuditEntry,
): Promise<void> {
  await insertAudit(ex, {
    id: newId('aud'),
    actorKind: actor.kind,
    actorId: actorId(actor),
    action: e.action,
    targetType: e.targetType,
    targetId: e.targetId,
    detail: e.detail ?? {},
    at,
  });
}

export async function listAuditLog(
  ctx: AppContext,
  q: { action?: string; targetId?: string; page: number; pageSize: number },
) {
  const { rows, total } = await listAudit(ctx.db, {
    action: q.action,
    targetId: q.targetId,
    limit: q.pageSize,
    offset: (q.page - 1) * q.pageSize,
  });
  return {
    total,
    items: rows.map((r) => ({ ...r, at: r.at.toISOString() })),
  };
}
