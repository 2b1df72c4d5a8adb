/**
 * A ready PGlite database for new data folders: initdb'd, migrated, with the catalogue and the
 * calendar, and nothing else — no secrets, sessions, accounts or policy (those are made by each
 * install at its first start). `scripts/ensure-web.mjs` writes it after building the server; a
 * start on an empty data folder copies it instead of running PGlite's initdb (5–6 s quiet, far
 * more under load). Never used with DATABASE_URL.
 *
 * It lives in dist/pglite-template/<key>/, the key hashing the PGlite version and the fingerprints
 * of the steps it holds: a start whose code would migrate or seed differently finds no template
 * under its key and runs initdb as before.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { baseFingerprints, fingerprint } from './boot-steps';

export const templateRoot = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../dist/pglite-template',
);

function pgliteVersion(): string {
  const require = createRequire(import.meta.url);
  const entry = require.resolve('@electric-sql/pglite');
  let dir = path.dirname(entry);
  while (!fs.existsSync(path.join(dir, 'package.json'))) dir = path.dirname(dir);
  return (
    JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')) as { version: string }
  ).version;
}

export function templateKey(): string {
  return fingerprint(pgliteVersion(), baseFingerprints());
}

/** The template folder for this code, or undefined when none was built for it. */
export function findTemplate(root = templateRoot): string | undefined {
  const dir = path.join(root, templateKey());
  return fs.existsSync(path.join(dir, 'PG_VERSION')) ? dir : undefined;
}
