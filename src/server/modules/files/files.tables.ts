import { pgTable, text, timestamp, integer, index } from 'drizzle-orm/pg-core';

/** Uploaded files: bytes live in storage under a server-made key, never under the user's name. */
export const files = pgTable(
  'files',
  {
    id: text('id').primaryKey(),
    ownerKind: text('owner_kind').notNull(),
    ownerId: text('owner_id').notNull(),
    purpose: text('purpose').notNull(),
    storageKey: text('storage_key').notNull(),
    originalName: text('original_name').notNull(),
    mime: text('mime').notNull(),
    size: integer('size').notNull(),
    sha256: text('sha256').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull(),
  },
  (t) => [index('files_owner_idx').on(t.ownerKind, t.ownerId)],
);
