/**
 * Ready data folders a new PGlite install starts from instead of running PGlite's initdb (5–6 s
 * quiet) and the seeds. `scripts/ensure-web.mjs` writes them after building the server; a start
 * on an empty data folder copies the one that fits its configuration. Never used with
 * DATABASE_URL. Two kinds, each in dist/pglite-template/<kind>-<key>/ as a data folder
 * (`pglite/`, and `files/` for the uploads the demo made):
 *  - base: initdb'd, migrated, with the catalogue and the calendar. Key: the PGlite version and
 *    those steps' fingerprints.
 *  - demo: base plus the default preset's policy and the demo data, seeded through the real flows.
 *    Key: the base key, the policy preset and the configuration the seed reads, the demo
 *    constants, and every source file of the server and the lockfile — the demo seed goes
 *    through most of the server's code, so any change to it makes a new template.
 * Neither holds a per-install secret (cookie secret, sandbox gateway key pair, voucher HMAC key,
 * sessions): those are made by each install at its first start. Every timestamp in a template is
 * moved to the first start when the copy is opened (`rebaseTemplateTimes`), so the data reads as
 * made just before it; the demo template is used only on the day it was made (`sameDay`).
 *
 * A start whose code would migrate or seed differently finds no template under its key: the demo
 * falls back to the base template plus the normal seed, the base to initdb.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { policyPresets } from '../contracts/policy';
import type { Config } from './config';
import { shanghaiDate } from './platform/calendar';
import { baseFingerprints, fingerprint } from './boot-steps';
import { DEMO } from './flows/seed-demo';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const templateRoot = path.join(repoRoot, 'dist/pglite-template');

function pgliteVersion(): string {
  const require = createRequire(import.meta.url);
  const entry = require.resolve('@electric-sql/pglite');
  let dir = path.dirname(entry);
  while (!fs.existsSync(path.join(dir, 'package.json'))) dir = path.dirname(dir);
  return (
    JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')) as { version: string }
  ).version;
}

export function baseTemplateKey(): string {
  // `no-template-dbs`: templates without template0/template1 (dropTemplateDatabases).
  return `base-${fingerprint(pgliteVersion(), 'no-template-dbs', baseFingerprints())}`;
}

/**
 * Every file the server is built from (what scripts/ensure-web.mjs rebuilds the server for), by
 * content: ~200 files, ~1.3 MB, read only when a data folder is new or a template is written.
 */
export function serverSourceFingerprint(root = repoRoot): string {
  const h = createHash('sha256');
  const add = (rel: string) => {
    const full = path.join(root, rel);
    if (fs.statSync(full).isDirectory())
      for (const name of fs.readdirSync(full).sort()) add(path.posix.join(rel, name));
    else h.update(rel).update('\0').update(fs.readFileSync(full)).update('\0');
  };
  for (const rel of ['src/server', 'src/contracts', 'package-lock.json'])
    if (fs.existsSync(path.join(root, rel))) add(rel);
  return h.digest('hex').slice(0, 32);
}

/** The demo template's key for this configuration; undefined when it seeds no demo data. */
export function demoTemplateKey(config: Config): string | undefined {
  if (!config.seedDemo) return undefined;
  const preset = config.policyPreset;
  return `demo-${fingerprint(
    baseTemplateKey(),
    serverSourceFingerprint(),
    preset,
    policyPresets[preset],
    // The only other setting the demo seed reads (its uploads must fit).
    config.maxUploadBytes,
    DEMO,
  )}`;
}

const isTemplate = (dir: string) => fs.existsSync(path.join(dir, 'pglite', 'PG_VERSION'));

/** When a template's data was made: every timestamp in it lies between `from` and `to`. */
export type TemplateMade = { from: string; to: string };
export const MADE_FILE = 'made.json';

/**
 * Whether a demo template's data can be moved to `now`: only on the Shanghai date it was made.
 * Review deadlines are working days counted from the Shanghai date of a submission, so moving the
 * data within that day leaves every such date as a seed run now would make it; a later day would
 * need them counted again. A fresh folder on a later day seeds the demo data the normal way.
 */
function sameDay(dir: string, now: Date): boolean {
  try {
    const made = JSON.parse(fs.readFileSync(path.join(dir, MADE_FILE), 'utf8')) as TemplateMade;
    return (
      now.getTime() >= new Date(made.to).getTime() &&
      shanghaiDate(new Date(made.from)) === shanghaiDate(now)
    );
  } catch {
    return false;
  }
}

/**
 * The template a new data folder with this configuration starts from: the demo one when it
 * exists for this code and configuration and was made today, else the base one, else undefined
 * (initdb).
 */
export function findTemplate(
  config: Config,
  root = templateRoot,
  now = new Date(),
): string | undefined {
  const demoKey = demoTemplateKey(config);
  const demo = demoKey && path.join(root, demoKey);
  if (demo && isTemplate(demo) && sameDay(demo, now)) return demo;
  const base = path.join(root, baseTemplateKey());
  return isTemplate(base) ? base : undefined;
}
