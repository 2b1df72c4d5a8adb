import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureSecret } from '../src/server/modules/policy';
import { prepare } from '../src/server/bootstrap';
import { migrationsFingerprint } from '../src/server/boot-steps';
import { recordBootStep } from '../src/server/platform/boot.repo';
import { migrationsFolder } from '../src/server/platform/db';
import { createTestEnv, type TestEnv } from './helpers';

let env: TestEnv;
beforeAll(async () => {
  env = await createTestEnv();
});
afterAll(() => env.close());

describe('startup secrets', () => {
  it('makes a secret once; a later start reads it without making a new one', async () => {
    let made = 0;
    const make = () => `value-${++made}`;
    const first = await ensureSecret(env.ctx, 'startup_probe', make);
    const again = await ensureSecret(env.ctx, 'startup_probe', make);
    expect(first).toBe('value-1');
    expect(again).toBe('value-1');
    expect(made).toBe(1);
  });

  it('the sandbox gateway key made at the first start is reused, not regenerated', async () => {
    // buildApp already made it; asking again must not call the (slow) key generator.
    const stored = await ensureSecret(env.ctx, 'sandbox_gateway_rsa', () => {
      throw new Error('generated a new key pair although one is stored');
    });
    expect(JSON.parse(stored)).toHaveProperty('privateKey');
  });
});

describe('start-up steps', () => {
  it('a restart with nothing new runs no step; a changed fingerprint reruns only that step', async () => {
    expect((await prepare(env.ctx)).ran).toEqual([]);
    await recordBootStep(env.ctx.db, 'catalog', 'from older code', env.clock.now());
    expect((await prepare(env.ctx)).ran).toEqual(['catalog']);
    expect((await prepare(env.ctx)).ran).toEqual([]);
  });

  it('the migrations fingerprint changes with any migration file', () => {
    const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'fuwu-migrations-'));
    try {
      fs.cpSync(migrationsFolder, copy, { recursive: true });
      const before = migrationsFingerprint(copy);
      expect(before).toBe(migrationsFingerprint(migrationsFolder));
      const first = fs.readdirSync(copy).find((f) => f.endsWith('.sql'))!;
      fs.appendFileSync(path.join(copy, first), '\n-- edited\n');
      expect(migrationsFingerprint(copy)).not.toBe(before);
    } finally {
      fs.rmSync(copy, { recursive: true, force: true });
    }
  });
});
