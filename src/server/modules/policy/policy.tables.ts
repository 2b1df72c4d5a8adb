import { pgTable, text, jsonb, integer, primaryKey } from 'drizzle-orm/pg-core';
import { ts } from '../../platform/columns.tables';

/** The marketplace policy: one row per key. */
export const policySettings = pgTable('policy_settings', {
  key: text('key').primaryKey(),
  value: jsonb('value'),
  updatedBy: text('updated_by'),
  updatedAt: ts('updated_at').notNull(),
});

/** Years the working-day calendar knows, and from where. */
export const calendarYears = pgTable('calendar_years', {
  year: integer('year').primaryKey(),
  source: text('source').notNull(),
  updatedBy: text('updated_by'),
  updatedAt: ts('updated_at').notNull(),
});

/** Holidays and make-up working days (调休). */
export const calendarDays = pgTable(
  'calendar_days',
  {
    year: integer('year').notNull(),
    date: text('date').notNull(),
    kind: text('kind').notNull(),
    name: text('name').notNull().default(''),
  },
  (t) => [primaryKey({ columns: [t.date] })],
);

/** Application-wide secrets shared by every instance (cookie signing). */
export const appSecrets = pgTable('app_secrets', {
  name: text('name').primaryKey(),
  value: text('value').notNull(),
  createdAt: ts('created_at').notNull(),
});
