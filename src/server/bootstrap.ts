import fs from 'node:fs';
import path from 'node:path';
import { loadConfig, type Config } from './config';
import { systemClock, type Clock } from './platform/clock';
import type { AppContext } from './platform/context';
import { openDatabase, type Database } from './platform/db';
import { folderStorage } from './platform/storage';
import { baseSteps, bootSteps, runBootSteps, type BootStep } from './boot-steps';
import { dropTemplateDatabases, markTemplate } from './platform/boot.repo';
import {
  baseTemplateKey,
  demoTemplateKey,
  findTemplate,
  MADE_FILE,
  templateRoot,
  type TemplateMade,
} from './pglite-template';

/** PostgreSQL when DATABASE_URL is set; else PGlite, a new folder starting from the template. */
export async function openConfiguredDatabase(config: Config): Promise<Database> {
  return config.databaseUrl
    ? openDatabase({ databaseUrl: config.databaseUrl })
    : openDatabase({ pgliteDir: config.dataDir, template: () => findTemplate(config) });
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
 * Returns the steps that ran. With `{ later: true }`, a template's times still to move are left
 * to `finish` (the caller must call it before serving requests); else `finish` does nothing.
 */
export async function prepare(
  ctx: AppContext,
  opts: { later?: boolean } = {},
): Promise<{ ran: string[]; finish: () => Promise<void> }> {
  let finish = () => Promise.resolve();
  const later = opts.later ? (work: () => Promise<void>) => void (finish = work) : undefined;
  const ran = await runBootSteps(ctx, bootSteps(ctx), later);
  return { ran, finish };
}

/**
 * Makes one template (src/server/pglite-template.ts) in `root/key`: a data folder with `steps`
 * applied, started from the template `from` when given, marked with when it was made.
 */
async function writeTemplate(
  root: string,
  key: string,
  clock: Clock,
  config: (dataDir: string) => Config,
  steps: (ctx: AppContext) => BootStep[],
  from?: string,
) {
  const work = path.join(root, `.building-${process.pid}`);
  fs.rmSync(work, { recursive: true, force: true });
  const made: TemplateMade = { from: clock.now().toISOString(), to: '' };
  const database = await openDatabase({ pgliteDir: work, template: () => from });
  try {
    const ctx = makeContext(config(work), database, clock);
    await runBootSteps(ctx, steps(ctx));
    await dropTemplateDatabases(ctx.db);
    const to = clock.now();
    await markTemplate(ctx.db, to);
    made.to = to.toISOString();
  } finally {
    await database.close();
  }
  fs.writeFileSync(path.join(work, MADE_FILE), JSON.stringify(made));
  const target = path.join(root, key);
  fs.rmSync(target, { recursive: true, force: true });
  fs.renameSync(work, target);
}

/**
 * Builds the PGlite templates for this code unless they exist, and removes templates of other
 * versions. Run by scripts/ensure-web.mjs after a server build. Their configuration never comes
 * from the environment: a template is PGlite whatever DATABASE_URL says, the base one holds no
 * demo data and the demo one the default configuration's (the only one it is used for).
 */
export async function writePgliteTemplate(
  root = templateRoot,
  clock: Clock = systemClock,
): Promise<string[]> {
  fs.mkdirSync(root, { recursive: true });
  const baseKey = baseTemplateKey();
  const base = path.join(root, baseKey);
  if (!fs.existsSync(base))
    await writeTemplate(
      root,
      baseKey,
      clock,
      (dir) => loadConfig({ FUWU_DATA_DIR: dir, FUWU_SEED_DEMO: 'false' }),
      baseSteps,
    );
  const demoConfig = (dir: string) => loadConfig({ FUWU_DATA_DIR: dir });
  const demoKey = demoTemplateKey(demoConfig(root))!;
  if (!fs.existsSync(path.join(root, demoKey)))
    await writeTemplate(root, demoKey, clock, demoConfig, bootSteps, base);
  for (const other of fs.readdirSync(root))
    if (other !== baseKey && other !== demoKey && !other.startsWith('.building-'))
      fs.rmSync(path.join(root, other), { recursive: true, force: true });
  return [baseKey, demoKey];
}
