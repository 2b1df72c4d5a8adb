import fs from 'node:fs';
import path from 'node:path';
import { loadConfig, type Config } from './config';
import { systemClock, type Clock } from './platform/clock';
import type { AppContext } from './platform/context';
import { openDatabase, type Database } from './platform/db';
import { folderStorage } from './platform/storage';
import { baseSteps, bootSteps, runBootSteps } from './boot-steps';
import { findTemplate, templateKey, templateRoot } from './pglite-template';

/** PostgreSQL when DATABASE_URL is set; else PGlite, a new folder starting from the template. */
export async function openConfiguredDatabase(config: Config): Promise<Database> {
  return config.databaseUrl
    ? openDatabase({ databaseUrl: config.databaseUrl })
    : openDatabase({ pgliteDir: config.dataDir, template: () => findTemplate() });
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

/**
 * Migrations, then the seed data every install needs (policy, catalog, calendar), then demo
 * data: each only when this database has not had it yet (src/server/boot-steps.ts).
 * Returns the steps that ran.
 */
export async function prepare(ctx: AppContext): Promise<{ ran: string[] }> {
  return { ran: await runBootSteps(ctx, bootSteps(ctx)) };
}

/**
 * Builds the PGlite template for this code (src/server/pglite-template.ts) unless it exists, and
 * removes templates of other versions. Run by scripts/ensure-web.mjs after a server build.
 */
export async function writePgliteTemplate(root = templateRoot): Promise<string> {
  const key = templateKey();
  const target = path.join(root, key);
  if (!findTemplate(root)) {
    const work = path.join(root, `.building-${process.pid}`);
    fs.rmSync(work, { recursive: true, force: true });
    // Not from the environment: a template is PGlite whatever DATABASE_URL says, and holds
    // no demo data.
    const config = loadConfig({ FUWU_DATA_DIR: work, FUWU_SEED_DEMO: 'false' });
    const database = await openDatabase({ pgliteDir: work });
    try {
      const ctx = makeContext(config, database);
      await runBootSteps(ctx, baseSteps(ctx));
    } finally {
      await database.close();
    }
    fs.rmSync(target, { recursive: true, force: true });
    fs.renameSync(path.join(work, 'pglite'), target);
    fs.rmSync(work, { recursive: true, force: true });
  }
  for (const other of fs.readdirSync(root))
    if (other !== key && !other.startsWith('.building-'))
      fs.rmSync(path.join(root, other), { recursive: true, force: true });
  return target;
}
