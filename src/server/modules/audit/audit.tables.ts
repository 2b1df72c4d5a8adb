import { pgTable, text, timestamp, jsonb, index } from 'drizzle-orm/pg-core';

/** Who did what to what, when. Append-only (a trigger refuses updates and deletes). */
export const auditLogs = pgTable(
  'audit_logs',
  {
    id: text('id').primaryKey(),
    actorKind: text('actor_kind').notNull(),
    actorId: text('actor_id'),
    action: text('action').notNull(),
    targetType: text('target_type').notNull(),
    targetId: text('target_id'),
    detail: jsonb('detail').$type<Record<string, unknown>>().notNull(),
    at: timestamp('at', { withTimezone: true, mode: 'date' }).notNull(),
  },
  (t) => [index('audit_target_idx').on(t.targetId), index('audit_at_idx').on(t.at)],
);
