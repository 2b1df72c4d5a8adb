/**
 * The start-up steps every database goes through (migrations, then the seed data every install
 * needs, then the demo data), each with a fingerprint of what it applies. A step runs only when
 * the fingerprint recorded in `boot_steps` differs, so a restart with nothing new costs one query
 * instead of migrations check + policy + catalogue + 23 calendar-year transactions + demo check
 * (0.3–0.5 s quiet, seconds under load). Every step is idempotent, as before: a mismatch (new
 * code, new data, a database from elsewhere) only means it runs again.
 *
 * Fingerprints hash the data a step applies, not its code: the seeds insert what is missing and
 * never rewrite what is there, so only new data changes what they do. Each seed fingerprint also
 * hashes the migrations, so a new migration runs every seed once more.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { AppContext } from './platform/context';
import { migrationsFolder } from './platform/db';
import {
  readBootSteps,
  rebaseTemplateTimes,
  recordBootStep,
  TEMPLATE_MADE_AT,
} from './platform/boot.repo';
import { policyPresets } from '../contracts/policy';
import { ensureBuiltinCalendar, ensurePolicy } from './modules/policy';
import { ensureCatalog } from './modules/catalog';
import { DEMO, seedDemo } from './flows/seed-demo';
// The catalogue's seed data, read here only to fingerprint it (ensureCatalog inserts it).
import kuaishouCategories from './modules/catalog/seed/kuaishou-categories.json' with { type: 'json' };
import xiaohongshuCategories from './modules/catalog/seed/xiaohongshu-categories.json' with { type: 'json' };
// The calendar's source (ensureBuiltinCalendar seeds every year of it, see platform/calendar.ts).
import chineseDays from 'chinese-days/dist/chinese-days.json' with { type: 'json' };

export type BootStep = { name: string; fingerprint: string; run: () => Promise<unknown> };

export function fingerprint(...parts: unknown[]): string {
  const h = createHash('sha256');
  for (const p of parts) h.update(typeof p === 'string' ? p : JSON.stringify(p)).update('\0');
  return h.digest('hex').slice(0, 32);
}

/** Every migration file and the journal, in order (a few ms: ~20 small files). */
export function migrationsFingerprint(folder = migrationsFolder): string {
  const h = createHash('sha256');
  h.update(fs.readFileSync(path.join(folder, 'meta', '_journal.json')));
  const sqlFiles = fs
    .readdirSync(folder)
    .filter((f) => f.endsWith('.sql'))
    .sort();
  for (const f of sqlFiles) h.update(f).update(fs.readFileSync(path.join(folder, f)));
  return h.digest('hex').slice(0, 32);
}

let base: { migrations: string; catalog: string; calendar: string } | undefined;
/** Fingerprints of the steps that do not depend on the configuration (once per process, ~5 ms). */
export function baseFingerprints() {
  if (base) return base;
  const migrations = migrationsFingerprint();
  base = {
    migrations,
    catalog: fingerprint(migrations, kuaishouCategories, xiaohongshuCategories),
    calendar: fingerprint(migrations, chineseDays),
  };
  return base;
}

/** The steps that do not depend on the configuration: what a PGlite template holds. */
export function baseSteps(ctx: AppContext): BootStep[] {
  const fp = baseFingerprints();
  return [
    { name: 'migrations', fingerprint: fp.migrations, run: () => ctx.database.migrate() },
    { name: 'catalog', fingerprint: fp.catalog, run: () => ensureCatalog(ctx) },
    { name: 'calendar', fingerprint: fp.calendar, run: () => ensureBuiltinCalendar(ctx) },
  ];
}

/** All steps of a start: the base ones, the policy preset's keys, and the demo data if asked. */
export function bootSteps(ctx: AppContext): BootStep[] {
  const [migrations, ...seeds] = baseSteps(ctx);
  const preset = ctx.config.policyPreset;
  const steps: BootStep[] = [
    migrations,
    {
      name: 'policy',
      fingerprint: fingerprint(migrations.fingerprint, preset, policyPresets[preset]),
      run: () => ensurePolicy(ctx),
    },
    ...seeds,
  ];
  if (ctx.config.seedDemo)
    steps.push({
      name: 'demo',
      fingerprint: fingerprint(migrations.fingerprint, DEMO),
      run: () => seedDemo(ctx),
    });
  return steps;
}

/**
 * Runs, in order, the steps whose recorded fingerprint differs; returns the names it ran. A
 * database copied from a PGlite template first has the template's timestamps moved to now
 * ("template times"). With `later`, when no step follows, that move is handed to `later` to
 * start when it suits (src/server/main.ts: just before listening, see there).
 */
export async function runBootSteps(
  ctx: AppContext,
  steps: BootStep[],
  later?: (work: () => Promise<void>) => void,
): Promise<string[]> {
  const done = await readBootSteps(ctx.db);
  const todo = steps.filter((step) => done.get(step.name) !== step.fingerprint);
  const ran: string[] = [];
  const mark = done.get(TEMPLATE_MADE_AT);
  if (mark) {
    const moving = () => rebaseTemplateTimes(ctx.db, mark, ctx.clock.now());
    if (later && todo.length === 0) later(moving);
    else await moving();
    ran.push('template times');
  }
  for (const step of todo) {
    await step.run();
    await recordBootStep(ctx.db, step.name, step.fingerprint, ctx.clock.now());
    ran.push(step.name);
  }
  return ran;
}
