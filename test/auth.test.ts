import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from '../src/server/platform/db';
import {
  Agent,
  codeIn,
  createTestEnv,
  lastSms,
  signInAccount,
  signInOperator,
  type TestEnv,
} from './helpers';

let env: TestEnv;
beforeAll(async () => {
  env = await createTestEnv();
});
afterAll(() => env.close());

async function sendCode(agent: Agent, mobile: string) {
  const res = await agent.post('/api/auth/sms/send', { mobile, role: 'provider' });
  return { res, code: codeIn(await lastSms(env.ctx, mobile)) };
}

describe('SMS sign-in', () => {
  it('signs in with the code from the outbox, rotates the session, and signs out', async () => {
    const agent = new Agent(env.app);
    await agent.session();
    const { res, code } = await sendCode(agent, '13611110001');
    expect(res.statusCode).toBe(200);
    expect(code).toMatch(/^\d{6}$/);
    const before = agent.cookie('fuwu_sid');
    const ok = await agent.post('/api/auth/sms/verify', {
      mobile: '13611110001',
      code,
      role: 'provider',
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().actor).toMatchObject({ kind: 'provider', mobileMasked: '136****0001' });
    const sid = agent.cookie('fuwu_sid');
    expect(sid).toBeTruthy();
    expect(sid).not.toBe(before);
    const setCookie = String(ok.headers['set-cookie']);
    expect(setCookie).toMatch(/HttpOnly/);
    expect(setCookie).toMatch(/Secure/);
    expect(setCookie).toMatch(/SameSite=Lax/);
    await agent.session();
    expect((await agent.post('/api/auth/logout')).statusCode).toBe(200);
    expect((await agent.session()).actor).toBeNull();
    const rows = await env.ctx.database.rows<{ n: number }>(
      sql`select count(*)::int as n from sessions`,
    );
    expect(rows[0].n).toBeGreaterThanOrEqual(0);
  });

  it('refuses a reused code', async () => {
    const agent = new Agent(env.app);
    await agent.session();
    const { code } = await sendCode(agent, '13611110002');
    expect(
      (await agent.post('/api/auth/sms/verify', { mobile: '13611110002', code, role: 'provider' }))
        .statusCode,
    ).toBe(200);
    await agent.session();
    const again = await agent.post('/api/auth/sms/verify', {
      mobile: '13611110002',
      code,
      role: 'provider',
    });
    expect(again.statusCode).toBe(400);
    expect(again.json().code).toBe('AUTH.SMS_CODE_EXPIRED');
    expect(again.json().fields.code).toContain('验证码');
  });

  it('refuses an expired code (5 minutes, by the injected clock)', async () => {
    const agent = new Agent(env.app);
    await agent.session();
    const { code } = await sendCode(agent, '13611110003');
    env.clock.advance(5 * 60 * 1000 + 1);
    const res = await agent.post('/api/auth/sms/verify', {
      mobile: '13611110003',
      code,
      role: 'provider',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().code).toBe('AUTH.SMS_CODE_EXPIRED');
  });

  it('burns the code after 5 wrong tries, even for the right code afterwards', async () => {
    const agent = new Agent(env.app);
    await agent.session();
    const { code } = await sendCode(agent, '13611110004');
    const wrong = code === '000000' ? '111111' : '000000';
    const codes: string[] = [];
    for (let i = 0; i < 5; i++) {
      const r = await agent.post('/api/auth/sms/verify', {
        mobile: '13611110004',
        code: wrong,
        role: 'provider',
      });
      codes.push(r.json().code);
    }
    expect(codes).toEqual([...Array(4).fill('AUTH.SMS_CODE_INVALID'), 'AUTH.SMS_CODE_BURNED']);
    const right = await agent.post('/api/auth/sms/verify', {
      mobile: '13611110004',
      code,
      role: 'provider',
    });
    expect(right.statusCode).toBe(400);
    expect(right.json().code).toBe('AUTH.SMS_CODE_EXPIRED');
  });

  it('sends at most one code per 60 s and 10 per day per number', async () => {
    const agent = new Agent(env.app, 'en-US');
    await agent.session();
    const mobile = '13611110005';
    expect((await sendCode(agent, mobile)).res.statusCode).toBe(200);
    const soon = await agent.post('/api/auth/sms/send', { mobile, role: 'provider' });
    expect(soon.statusCode).toBe(429);
    expect(soon.json().code).toBe('AUTH.SMS_COOLDOWN');
    expect(soon.json().message).toMatch(/try again in \d+ s/);
    for (let i = 0; i < 9; i++) {
      env.clock.advance(61_000);
      expect(
        (await agent.post('/api/auth/sms/send', { mobile, role: 'provider' })).statusCode,
      ).toBe(200);
    }
    env.clock.advance(61_000);
    const eleventh = await agent.post('/api/auth/sms/send', { mobile, role: 'provider' });
    expect(eleventh.statusCode).toBe(429);
    expect(eleventh.json().code).toBe('AUTH.SMS_DAILY_LIMIT');
  });

  it('rejects a malformed mobile with a field error in the user’s language', async () => {
    const agent = new Agent(env.app, 'en-US');
    await agent.session();
    const res = await agent.post('/api/auth/sms/send', { mobile: '1234', role: 'provider' });
    expect(res.statusCode).toBe(400);
    expect(res.json().fields.mobile).toBe('Enter an 11-digit mainland China mobile number');
  });
});

describe('CSRF', () => {
  it('refuses a state-changing request without the token, and writes nothing', async () => {
    const agent = new Agent(env.app);
    await agent.session();
    const res = await agent.request({
      method: 'POST',
      url: '/api/auth/sms/send',
      payload: { mobile: '13611110010', role: 'provider' },
      csrf: false,
    });
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('COMMON.CSRF');
    expect(await lastSms(env.ctx, '13611110010')).toBe('');
  });

  it('refuses a token from another browser', async () => {
    const a = new Agent(env.app);
    const b = new Agent(env.app);
    await a.session();
    await b.session();
    a.csrf = b.csrf;
    const res = await a.post('/api/auth/sms/send', { mobile: '13611110011', role: 'provider' });
    expect(res.statusCode).toBe(403);
  });
});

describe('operators', () => {
  it('sign in with password and TOTP; a wrong TOTP is refused', async () => {
    const op = await signInOperator(env);
    expect((await op.session()).actor).toMatchObject({
      kind: 'operator',
      roles: ['reviewer', 'finance', 'admin'],
    });
    const bad = new Agent(env.app);
    await bad.session();
    const res = await bad.post('/api/auth/operator/login', {
      username: 'admin',
      password: 'Fuwu-demo-2026',
      totp: '000000',
    });
    expect(res.statusCode).toBe(401);
    expect(res.json().code).toBe('AUTH.OPERATOR_INVALID');
  });

  it('a merchant calling an operator route gets 403; nobody signed in gets 401', async () => {
    const merchant = await signInAccount(env, '13911110001', 'merchant');
    expect((await merchant.get('/api/ops/onboarding')).statusCode).toBe(403);
    expect((await merchant.get('/api/ops/outbox')).statusCode).toBe(403);
    const anon = new Agent(env.app);
    expect((await anon.get('/api/ops/onboarding')).statusCode).toBe(401);
  });
});

describe('QR sign-in', () => {
  it('the desktop gets a session once a signed-in phone confirms; only that browser can claim it', async () => {
    const desktop = new Agent(env.app);
    await desktop.session();
    const qr = await desktop.post('/api/auth/qr', { role: 'provider' });
    expect(qr.statusCode).toBe(200);
    expect(qr.json().qrSvg).toContain('<svg');
    const id = qr.json().id;
    expect((await desktop.get(`/api/auth/qr/${id}`)).json().status).toBe('pending');
    const stranger = new Agent(env.app);
    expect((await stranger.get(`/api/auth/qr/${id}`)).statusCode).toBe(404);
    const phone = await signInAccount(env, '13611110020', 'provider');
    expect((await phone.post(`/api/auth/qr/${id}/confirm`)).statusCode).toBe(200);
    expect((await desktop.get(`/api/auth/qr/${id}`)).json().status).toBe('confirmed');
    const s = await desktop.session();
    expect(s.actor).toMatchObject({ kind: 'provider', mobileMasked: '136****0020' });
    expect((await desktop.get(`/api/auth/qr/${id}`)).json().status).toBe('consumed');
  });

  it('an expired QR code cannot be confirmed', async () => {
    const desktop = new Agent(env.app);
    await desktop.session();
    const id = (await desktop.post('/api/auth/qr', { role: 'provider' })).json().id;
    const phone = await signInAccount(env, '13611110021', 'provider');
    env.clock.advance(2 * 60 * 1000 + 1);
    const res = await phone.post(`/api/auth/qr/${id}/confirm`);
    expect(res.statusCode).toBe(410);
    expect((await desktop.get(`/api/auth/qr/${id}`)).json().status).toBe('expired');
  });
});
