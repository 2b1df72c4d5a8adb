import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { openDatabase, type Database } from '../src/server/platform/db';
import { loadConfig } from '../src/server/config';
import { makeContext } from '../src/server/bootstrap';
import { baseSteps, runBootSteps } from '../src/server/boot-steps';

const tmp = path.resolve('.tmp');

/**
 * Migrations, catalogue and calendar (what a PGlite template holds): each test file's start-up
 * then runs only the policy and demo steps.
 */
async function migrateAndSeed(db: Database) {
  const ctx = makeContext(loadConfig({ FUWU_DATA_DIR: tmp, FUWU_SEED_DEMO: 'false' }), db);
  await runBootSteps(ctx, baseSteps(ctx));
}

/**
 * Migrates and seeds once per run: on PGlite into a dump every test file loads (a new PGlite
 * takes seconds), on PostgreSQL into a template database every test file clones.
 */
export default async function setup(project: TestProject) {
  fs.mkdirSync(tmp, { recursive: true });
  const url = process.env.DATABASE_URL;
  if (!url) {
    const db = await openDatabase({ pgliteMemory: true });
    await migrateAndSeed(db);
    const dump = await db.dump!();
    const file = path.join(tmp, 'pglite-template.tar.gz');
    fs.writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
    await db.close();
    project.provide('pgliteDump', file);
    return;
  }
  const base = new URL(url);
  const template = `${base.pathname.slice(1)}_tpl`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`drop database if exists "${template}" with (force)`);
  await admin.query(`create database "${template}"`);
  await admin.end();
  const tplUrl = new URL(url);
  tplUrl.pathname = `/${template}`;
  const db = await openDatabase({ databaseUrl: tplUrl.toString(), poolSize: 1 });
  await migrateAndSeed(db);
  await db.close();
  project.provide('pgTemplate', template);
  return async () => {
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    await c.query(`drop database if exists "${template}" with (force)`);
    await c.end();
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    pgliteDump: string;
    pgTemplate: string;
  }
}
