import { bootSteps } from './boot.tables';
import type { Executor } from './db';

/** step → fingerprint; empty when the table does not exist yet (a database before migrations). */
export async function readBootSteps(ex: Executor): Promise<Map<string, string>> {
  try {
    const rows = await ex.select().from(bootSteps);
    return new Map(rows.map((r) => [r.step, r.fingerprint]));
  } catch (e) {
    const err = e as { code?: string; cause?: { code?: string } };
    if ((err.code ?? err.cause?.code) === '42P01') return new Map(); // undefined_table
    throw e;
  }
}

export async function recordBootStep(ex: Executor, step: string, fingerprint: string, at: Date) {
  await ex
    .insert(bootSteps)
    .values({ step, fingerprint, doneAt: at })
    .onConflictDoUpdate({ target: bootSteps.step, set: { fingerprint, doneAt: at } });
}
