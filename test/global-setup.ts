import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { openDatabase } from '../src/server/platform/db';

const tmp = path.resolve('.tmp');

/**
 * Migrates once per run: on PGlite into a dump every test file loads (a new PGlite takes seconds),
 * on PostgreSQL into a template database every test file clones.
 */
export default async function setup(project: TestProject) {
  fs.mkdirSync(tmp, { recursive: true });
  const url = process.env.DATABASE_URL;
  if (!url) {
    const db = await openDatabase({ pgliteMemory: true });
    await db.migrate();
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
  await db.migrate();
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
