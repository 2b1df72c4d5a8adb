import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, signInAccount, signInOperator, type TestEnv } from './helpers';
import { providerWithDraft } from './onboarding-helpers';

let env: TestEnv;
beforeAll(async () => {
  env = await createTestEnv();
});
afterAll(() => env.close());

describe('policy', () => {
  it('starts from the FUWU_POLICY preset and is public in the session', async () => {
    const op = await signInOperator(env);
    const p = (await op.get('/api/ops/policy')).json();
    expect(p).toMatchObject({
      preset: 'kuaishou',
      depositRule: 'highest',
      depositOrderMinutes: 60,
      maxAppsPerAccount: 5,
    });
  });

  it('an admin edits a key; the change is audited and used at once', async () => {
    const op = await signInOperator(env);
    const res = await op.put('/api/ops/policy', { onboardingReviewDaysMax: 7 });
    expect(res.statusCode).toBe(200);
    expect(res.json().onboardingReviewDaysMax).toBe(7);
    const audit = (await op.get('/api/ops/audit?action=policy.update')).json();
    expect(audit.items[0].detail).toEqual({ onboardingReviewDaysMax: { from: 5, to: 7 } });
    const { agent } = await providerWithDraft(env, '13544440001', 'PL0001');
    // Wednesday 2026-11-25 + 7 working days = Friday 2026-12-04.
    expect((await agent.post('/api/provider/onboarding/submit')).json().expectedBy).toBe(
      '2026-12-04',
    );
    await op.put('/api/ops/policy', { onboardingReviewDaysMax: 5 });
  });

  it('refuses a minimum above the maximum, and bad types, naming the field', async () => {
    const op = await signInOperator(env);
    const res = await op.put('/api/ops/policy', { onboardingReviewDaysMin: 9 });
    expect(res.statusCode).toBe(400);
    expect(res.json().fields.onboardingReviewDaysMin).toContain('最小值');
    const bad = await op.put('/api/ops/policy', { depositRule: 'most' });
    expect(bad.statusCode).toBe(400);
    expect(Object.keys(bad.json().fields)).toEqual(['depositRule']);
    expect((await op.get('/api/ops/policy')).json().onboardingReviewDaysMin).toBe(3);
  });

  it('providers and merchants cannot read or change it', async () => {
    const p = await signInAccount(env, '13544440002');
    expect((await p.get('/api/ops/policy')).statusCode).toBe(403);
    expect((await p.put('/api/ops/policy', { onboardingReview: false })).statusCode).toBe(403);
  });
});

describe('working-day calendar', () => {
  it('knows 2026 from the package and says 2027 is not covered', async () => {
    const op = await signInOperator(env);
    const y2026 = (await op.get('/api/ops/calendar/2026')).json();
    expect(y2026).toMatchObject({ covered: true, source: 'builtin' });
    expect(y2026.days).toEqual(
      expect.arrayContaining([{ date: '2026-10-01', kind: 'holiday', name: expect.any(String) }]),
    );
    expect((await op.get('/api/ops/calendar/2027')).json()).toMatchObject({
      covered: false,
      source: 'none',
      days: [],
    });
  });

  it('warns operators while a year a deadline may fall in has no data', async () => {
    const op = await signInOperator(env);
    expect((await op.get('/api/ops/calendar-coverage')).json()).toEqual({ uncoveredYears: [2027] });
    const p = await signInAccount(env, '13544440009');
    expect((await p.get('/api/ops/calendar-coverage')).statusCode).toBe(403);
  });

  it('an operator enters 2027 holidays and deadlines across New Year follow them', async () => {
    env.clock.set('2026-12-28T02:00:00Z'); // Monday
    const op = await signInOperator(env);
    const before = await providerWithDraft(env, '13544440003', 'CL0001');
    // Without 2027 data: Tue 29, Wed 30, Thu 31, Fri 1 Jan, Mon 4 Jan.
    expect((await before.agent.post('/api/provider/onboarding/submit')).json().expectedBy).toBe(
      '2027-01-04',
    );
    const put = await op.put('/api/ops/calendar/2027', {
      days: [
        { date: '2027-01-01', kind: 'holiday', name: '元旦' },
        { date: '2027-01-04', kind: 'holiday', name: '元旦' },
      ],
    });
    expect(put.statusCode).toBe(200);
    expect(put.json()).toMatchObject({ covered: true, source: 'operator' });
    expect((await op.get('/api/ops/calendar-coverage')).json()).toEqual({ uncoveredYears: [] });
    const after = await providerWithDraft(env, '13544440004', 'CL0002');
    expect((await after.agent.post('/api/provider/onboarding/submit')).json().expectedBy).toBe(
      '2027-01-06',
    );
    env.clock.set('2026-11-25T02:00:00Z');
  });

  it('refuses a day outside the year and duplicates, field by field', async () => {
    const op = await signInOperator(env);
    const res = await op.put('/api/ops/calendar/2028', {
      days: [
        { date: '2027-05-01', kind: 'holiday', name: '' },
        { date: '2028-05-01', kind: 'holiday', name: '' },
        { date: '2028-05-01', kind: 'holiday', name: '' },
        { date: '2028-02-30', kind: 'holiday', name: '' },
      ],
    });
    expect(res.statusCode).toBe(400);
    expect(Object.keys(res.json().fields).sort()).toEqual(['days.3.date']);
    const res2 = await op.put('/api/ops/calendar/2028', {
      days: [
        { date: '2027-05-01', kind: 'holiday', name: '' },
        { date: '2028-05-01', kind: 'holiday', name: '' },
        { date: '2028-05-01', kind: 'holiday', name: '' },
      ],
    });
    expect(Object.keys(res2.json().fields).sort()).toEqual(['days.0.date', 'days.2.date']);
    expect((await op.get('/api/ops/calendar/2028')).json().covered).toBe(false);
  });
});

describe('health and docs', () => {
  it('reports the database kind and serves the OpenAPI document', async () => {
    const h = await env.app.inject({ method: 'GET', url: '/healthz' });
    expect(h.json()).toEqual({
      status: 'ok',
      db: process.env.DATABASE_URL ? 'postgres' : 'pglite',
    });
    const doc = (await env.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    expect(doc.openapi).toMatch(/^3\./);
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/api/provider/onboarding/submit',
        '/api/ops/onboarding/{id}/reject',
      ]),
    );
    expect((await env.app.inject({ method: 'GET', url: '/api/docs' })).statusCode).toBeLessThan(
      400,
    );
  });
});
