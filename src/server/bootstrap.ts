import type { Config } from './config';
import { systemClock, type Clock } from './platform/clock';
import type { AppContext } from './platform/context';
import { openDatabase, type Database } from './platform/db';
import { folderStorage } from './platform/storage';
import { ensureBuiltinCalendar, ensurePolicy } from './modules/policy';
import { ensureCatalog } from './modules/catalog';
import { seedDemo } from './flows/seed-demo';
import path from 'node:path';

export async function openConfiguredDatabase(config: Config): Promise<Database> {
  return config.databaseUrl
    ? openDatabase({ databaseUrl: config.databaseUrl })
    : openDatabase({ pgliteDir: config.dataDir });
}

export function makeContext(
  config: Config,
  database: Database,
  clock: Clock = systemClock,
): AppContext {
  return {
    config,
    database,
    db: database.db,
    clock,
    storage: folderStorage(path.join(config.dataDir, 'files')),
  };
}

/** Migrations, then the seed data every install needs (policy, catalog, calendar), then demo data. */
export async function prepare(ctx: AppContext): Promise<{ demoSeeded: boolean }> {
  await ctx.database.migrate();
  await ensurePolicy(ctx);
  await ensureCatalog(ctx);
  await ensureBuiltinCalendar(ctx);
  const demoSeeded = ctx.config.seedDemo ? await seedDemo(ctx) : false;
  return { demoSeeded };
}
