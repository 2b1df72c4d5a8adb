import { pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * Start-up steps already applied to this database (migrations, seed data), each with the
 * fingerprint of what it applied: a start whose fingerprints all match skips the steps with one
 * query (src/server/bootstrap.ts).
 */
export const bootSteps = pgTable('boot_steps', {
  step: text('step').primaryKey(),
  fingerprint: text('fingerprint').notNull(),
  doneAt: timestamp('done_at', { withTimezone: true, mode: 'date' }).notNull(),
});
