import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type TestEnv } from './helpers';
import { codeFor, merchant, onlineApp, redeem, refreshWith, shop } from './apps-helpers';

/** SPEC §1: kuaishou code 2 min / access 48 h / refresh 180 days; xiaohongshu 10 min / 7 d / 14 d. */
const presets = [
  { policy: 'kuaishou' as const, code: 120, access: 48 * 3600, refresh: 180 * 24 * 3600 },
  { policy: 'xiaohongshu' as const, code: 600, access: 7 * 24 * 3600, refresh: 14 * 24 * 3600 },
];

describe.each(presets)('lifetimes of the $policy preset', (p) => {
  let env: TestEnv;
  beforeAll(async () => {
    env = await createTestEnv({ policy: p.policy });
  });
  afterAll(() => env.close());

  it('codes live exactly as long as the policy says', async () => {
    const { app } = await onlineApp(env);
    const m = await merchant(env);
    const a = await codeFor(m, app);
    const b = await codeFor(m, app);
    env.clock.advance(p.code * 1000 - 1000);
    expect((await redeem(env, app, a.code, a.verifier)).statusCode).toBe(200);
    env.clock.advance(2000);
    expect((await redeem(env, app, b.code, b.verifier)).json().error).toBe('invalid_grant');
  });

  it('access and refresh tokens expire by the policy, refresh tokens rotate', async () => {
    const { app } = await onlineApp(env, { name: '有效期应用' });
    const m = await merchant(env, '13900000003');
    const { code, verifier } = await codeFor(m, app);
    const t = (await redeem(env, app, code, verifier)).json();
    expect(t.expires_in).toBe(p.access);
    expect(t.refresh_token_expires_in).toBe(p.refresh);

    env.clock.advance(p.access * 1000 - 1000);
    expect((await shop(env, t.access_token)).statusCode).toBe(200);
    env.clock.advance(2000);
    expect((await shop(env, t.access_token)).statusCode).toBe(401);

    const r = await refreshWith(env, app, t.refresh_token);
    expect(r.statusCode).toBe(200);
    const t2 = r.json();
    env.clock.advance(p.refresh * 1000 - 1000);
    const late = await refreshWith(env, app, t2.refresh_token);
    expect(late.statusCode).toBe(200);
    env.clock.advance(p.refresh * 1000 + 1000);
    expect((await refreshWith(env, app, late.json().refresh_token)).json().error).toBe(
      'invalid_grant',
    );
  });
});
