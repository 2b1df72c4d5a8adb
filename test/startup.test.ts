import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureSecret } from '../src/server/modules/policy';
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
