import { describe, expect, it } from 'vitest';
import { sql } from '../src/server/platform/db';
import type { Agent } from './helpers';
import { refreshWith, shop } from './apps-helpers';
import {
  accessTokenFor,
  auditActions,
  penaltyTestEnv,
  smsTo,
  soldService,
} from './penalty-helpers';

const t = penaltyTestEnv();

const market = (id: string) => t.env.app.inject({ url: `/api/market/services/${id}` });
const penalize = (id: string, kind: string, reason: string) =>
  t.op.post(`/api/ops/services/${id}/penalties`, { kind, reason });
const lift = (agent: Agent, id: string, kind: string, reason: string) =>
  agent.post(`/api/ops/services/${id}/penalties/lift`, { kind, reason });

describe('lifting a service penalty', () => {
  it('a lifted freeze takes orders again and a lifted hide shows the service again, each recorded', async () => {
    const s = await soldService(t.env, '13722220001', '13822220001', t.cb.url);
    expect((await penalize(s.serviceId, 'freeze', '投诉处理中')).statusCode).toBe(200);
    expect((await market(s.serviceId)).json().orderable).toBe(false);
    expect((await penalize(s.serviceId, 'hide', '涉嫌虚假宣传')).statusCode).toBe(200);
    expect((await market(s.serviceId)).statusCode).toBe(404);

    const noReason = await lift(t.op, s.serviceId, 'freeze', ' ');
    expect(noReason.statusCode).toBe(400);
    expect(Object.keys(noReason.json().fields)).toContain('reason');
    expect((await lift(s.provider, s.serviceId, 'freeze', '自己解除')).statusCode).toBe(403);
    expect((await lift(t.op, s.serviceId, 'delist', '不可解除')).statusCode).toBe(400);

    expect((await lift(t.op, s.serviceId, 'hide', '核实无误')).statusCode).toBe(200);
    const shown = await market(s.serviceId);
    expect(shown.statusCode).toBe(200);
    expect(shown.json().orderable).toBe(false);
    expect((await lift(t.op, s.serviceId, 'freeze', '投诉已处理')).statusCode).toBe(200);
    expect((await market(s.serviceId)).json().orderable).toBe(true);
    const again = await lift(t.op, s.serviceId, 'freeze', '再次解除');
    expect([again.statusCode, again.json().code]).toEqual([409, 'SERVICES.PENALTY_NOT_ACTIVE']);

    const d = (await s.provider.get(`/api/provider/services/${s.serviceId}`)).json();
    expect(
      d.penalties.map((p: { kind: string; liftReason: string | null }) => [p.kind, p.liftReason]),
    ).toEqual([
      ['freeze', '投诉已处理'],
      ['hide', '核实无误'],
    ]);
    expect(await auditActions(t.env, s.serviceId)).toEqual(
      expect.arrayContaining(['service.penalty.hide.lift', 'service.penalty.freeze.lift']),
    );
    expect(await smsTo(t.env, '13722220001', 'sms.servicePenaltyLifted')).toHaveLength(2);
  });
});

describe('purge', () => {
  it("cuts the bound app's open-platform access for the service's merchants, and is final", async () => {
    const s = await soldService(t.env, '13722220002', '13822220002', t.cb.url, '折扣管理');
    const tok = await accessTokenFor(t.env, s, t.cb.url);
    expect((await shop(t.env, tok.access)).statusCode).toBe(200);

    expect((await penalize(s.serviceId, 'purge', '严重违规')).statusCode).toBe(200);
    expect((await shop(t.env, tok.access)).statusCode).toBe(401);
    expect((await refreshWith(t.env, tok.app, tok.refresh)).statusCode).toBe(400);
    const grants = await t.env.ctx.database.rows<{ n: number }>(
      sql`select count(*)::int as n from oauth_grants where app_id = ${s.appId} and revoked_at is null`,
    );
    expect(grants[0].n).toBe(0);
    expect((await market(s.serviceId)).statusCode).toBe(404);

    const final = await lift(t.op, s.serviceId, 'hide', '想恢复');
    expect([final.statusCode, final.json().code]).toEqual([409, 'SERVICES.PENALTY_FINAL']);
    expect(await smsTo(t.env, '13722220002', 'sms.servicePenalized')).toEqual([
      expect.stringContaining('严重违规'),
    ]);
  });
});
