import { timestamp } from 'drizzle-orm/pg-core';

/**
 * Column builders every table uses alike (no tables here). `ts`: a timestamptz read and written
 * as a JS Date, which is how every table in Fuwu keeps a point in time.
 */
export const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });
