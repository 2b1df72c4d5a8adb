import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SMTPServer } from 'smtp-server';
import { buildApp } from '../src/server/app';
import {
  createTransport,
  dispatchOutbox,
  enqueueNotice,
} from '../src/server/modules/notifications';
import { Agent, createTestEnv, signInAccount, type TestEnv } from './helpers';
import { providerWithDraft } from './onboarding-helpers';

let env: TestEnv;
beforeAll(async () => {
  env = await createTestEnv();
});
afterAll(() => env.close());

describe('rate limits and lock-out', () => {
  it('locks an operator out after 5 failures, even with the right password afterwards', async () => {
    const agent = new Agent(env.app);
    await agent.session();
    for (let i = 0; i < 5; i++) {
      const r = await agent.post('/api/auth/operator/login', {
        username: 'admin',
        password: 'wrong',
        totp: '123456',
      });
      expect(r.statusCode).toBe(401);
    }
    const locked = await agent.post('/api/auth/operator/login', {
      username: 'admin',
      password: 'Fuwu-demo-2026',
      totp: '123456',
    });
    expect(locked.statusCode).toBe(429);
    expect(locked.json().code).toBe('AUTH.OPERATOR_LOCKED');
    env.clock.advance(15 * 60 * 1000 + 1);
  });

  it('limits SMS requests per IP across numbers', async () => {
    const agent = new Agent(env.app);
    await agent.session();
    const statuses: number[] = [];
    for (let i = 0; i < 32; i++) {
      const r = await agent.request({
        method: 'POST',
        url: '/api/auth/sms/send',
        payload: { mobile: `1370000${String(1000 + i)}`, role: 'provider' },
        remoteAddress: '10.9.8.7',
      });
      statuses.push(r.statusCode);
    }
    expect(statuses.slice(0, 30).every((s) => s === 200)).toBe(true);
    expect(statuses.slice(30)).toEqual([429, 429]);
  });
});

describe('personal data', () => {
  it('never writes mobiles, ID numbers or codes to the log', async () => {
    const stream = new PassThrough();
    let log = '';
    stream.on('data', (c) => (log += c.toString()));
    const logged = await buildApp(
      { ...env.ctx, config: { ...env.ctx.config, logLevel: 'trace' } },
      { logger: true, logStream: stream },
    );
    await logged.ready();
    try {
      const probe = { ...env, app: logged };
      const { agent, fields } = await providerWithDraft(probe, '13588880001', 'LG0001');
      await agent.post('/api/provider/onboarding/submit');
      await agent.request({ method: 'GET', url: '/api/provider/onboarding?mobile=13588880001' });
      expect(log.length).toBeGreaterThan(1000);
      expect(log).not.toContain('13588880001');
      expect(log).not.toContain(fields.legalRepIdNumber);
      expect(log).not.toContain(fields.contactMobile);
      expect(log).not.toContain('fuwu_sid');
    } finally {
      await logged.close();
    }
  });
});

describe('email over SMTP', () => {
  it('sends outbox email through a real SMTP server when configured', async () => {
    const received: string[] = [];
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      onData(stream, _session, done) {
        let data = '';
        stream.on('data', (c) => (data += c.toString()));
        stream.on('end', () => {
          received.push(data);
          done();
        });
      },
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const port = (server.server.address() as { port: number }).port;
    try {
      const transport = createTransport({
        ...env.ctx.config,
        mailTransport: 'smtp',
        smtpUrl: `smtp://127.0.0.1:${port}`,
      });
      await enqueueNotice(env.ctx.db, env.clock.now(), {
        channel: 'email',
        recipient: 'provider@example.com',
        subject: 'Fuwu',
        template: 'sms.onboardingApproved',
        params: { company: '邮件测试有限公司' },
      });
      let sent = 0;
      for (let n = 1; n > 0;) sent += n = await dispatchOutbox(env.ctx, transport);
      expect(sent).toBeGreaterThanOrEqual(1);
      expect(received.some((m) => m.includes('provider@example.com'))).toBe(true);
    } finally {
      await new Promise<void>((r) => server.close(() => r()));
    }
  });
});

describe('sessions', () => {
  it('an expired session is signed out', async () => {
    const agent = await signInAccount(env, '13588880002');
    expect((await agent.session()).actor).not.toBeNull();
    env.clock.advance(7 * 24 * 3600 * 1000 + 1);
    expect((await agent.session()).actor).toBeNull();
  });
});
