import { describe, expect, it } from 'vitest';
import { sql } from '../src/server/platform/db';
import { shop } from './apps-helpers';
import { serviceCategory } from './service-helpers';
import {
  accessTokenFor,
  auditActions,
  penaltyTestEnv,
  smsTo,
  soldService,
} from './penalty-helpers';

const t = penaltyTestEnv();

const penalize = (providerId: string, body: Record<string, unknown>) =>
  t.op.post(`/api/ops/providers/${providerId}/penalties`, body);
const market = (id: string) => t.env.app.inject({ url: `/api/market/services/${id}` });

describe('provider-level penalties', () => {
  it('freezing new publishing refuses new services and submissions until lifted; listed ones keep selling', async () => {
    const s = await soldService(t.env, '13733330001', '13833330001', t.cb.url);
    const path = `/api/ops/providers/${s.providerId}/penalties`;
    expect(
      (await s.provider.post(path, { kind: 'freeze_publishing', reason: '自己' })).statusCode,
    ).toBe(403);
    const noReason = await penalize(s.providerId, { kind: 'freeze_publishing', reason: '' });
    expect(noReason.statusCode).toBe(400);
    expect(Object.keys(noReason.json().fields)).toContain('reason');

    const frozen = await penalize(s.providerId, {
      kind: 'freeze_publishing',
      reason: '资料待核实',
    });
    expect(frozen.statusCode, frozen.body).toBe(200);
    expect(frozen.json().publishingFrozen).toBe(true);
    const twice = await penalize(s.providerId, { kind: 'freeze_publishing', reason: '再次冻结' });
    expect(twice.json().code).toBe('ONBOARDING.PENALTY_ACTIVE');

    const create = await s.provider.post('/api/provider/services', { categoryId: s.categoryId });
    expect(create.statusCode).toBe(409);
    expect(create.json().code).toBe('SERVICES.PUBLISHING_FROZEN');
    expect(create.json().message).toContain('资料待核实');
    const en = await s.provider.request({
      method: 'POST',
      url: `/api/provider/services/${s.serviceId}/submit`,
      headers: { 'accept-language': 'en-US' },
    });
    expect([en.statusCode, en.json().code]).toEqual([409, 'SERVICES.PUBLISHING_FROZEN']);
    expect(en.json().message).toContain('frozen your publishing');
    expect((await market(s.serviceId)).json().orderable).toBe(true);
    const mine = (await s.provider.get('/api/provider/standing')).json();
    expect(mine.penalties).toEqual([
      expect.objectContaining({ kind: 'freeze_publishing', reason: '资料待核实' }),
    ]);

    const lift = `/api/ops/providers/${s.providerId}/penalties/lift`;
    expect(
      (await s.provider.post(lift, { kind: 'freeze_publishing', reason: '自己' })).statusCode,
    ).toBe(403);
    const lifted = await t.op.post(lift, { kind: 'freeze_publishing', reason: '已核实' });
    expect(lifted.statusCode, lifted.body).toBe(200);
    expect(lifted.json().penalties[0].liftReason).toBe('已核实');
    const other = await serviceCategory(t.env, '营销管理', '吸粉引流');
    expect(
      (await s.provider.post('/api/provider/services', { categoryId: other })).json().code,
    ).not.toBe('SERVICES.PUBLISHING_FROZEN');
    expect(
      (await t.op.post(lift, { kind: 'freeze_publishing', reason: '再解除' })).json().code,
    ).toBe('ONBOARDING.PENALTY_NOT_ACTIVE');
    expect((await auditActions(t.env, s.providerId)).sort()).toEqual([
      'provider.penalty.freeze_publishing',
      'provider.penalty.freeze_publishing.lift',
    ]);
    expect(await smsTo(t.env, '13733330001', 'sms.providerPenalized')).toHaveLength(1);
    expect(await smsTo(t.env, '13733330001', 'sms.providerPenaltyLifted')).toHaveLength(1);
  });

  it('revoking a category delists its services, blocks relisting and asks for a new application', async () => {
    const s = await soldService(t.env, '13733330002', '13833330002', t.cb.url, '分销管理');
    const missing = await penalize(s.providerId, { kind: 'revoke_category', reason: '资质失效' });
    expect([missing.statusCode, Object.keys(missing.json().fields ?? {})]).toEqual([
      400,
      ['categoryId'],
    ]);
    const res = await penalize(s.providerId, {
      kind: 'revoke_category',
      reason: '资质失效',
      categoryId: s.categoryId,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().approvedCategories).toEqual([]);
    expect(res.json().penalties[0]).toMatchObject({ categoryName: '分销管理', reason: '资质失效' });
    expect((await market(s.serviceId)).statusCode).toBe(404);
    const d = (await s.provider.get(`/api/provider/services/${s.serviceId}`)).json();
    expect(d.listing).toBe('delisted');
    expect((await s.provider.post(`/api/provider/services/${s.serviceId}/list`)).json().code).toBe(
      'SERVICES.PENALIZED',
    );
    const create = await s.provider.post('/api/provider/services', { categoryId: s.categoryId });
    expect(create.json().code).toBe('SERVICES.CATEGORY_NOT_APPROVED');
    const [q] = await t.env.ctx.database.rows<{ state: string }>(
      sql`select state from qualification_applications where provider_id = ${s.providerId}`,
    );
    expect(q.state).toBe('revoked');
    const again = await penalize(s.providerId, {
      kind: 'revoke_category',
      reason: '再次撤销',
      categoryId: s.categoryId,
    });
    expect([again.statusCode, again.json().code]).toEqual([409, 'QUALIFICATIONS.NOT_APPROVED']);
    expect(await auditActions(t.env, s.serviceId)).toContain('service.penalty.delist');
  });

  it('expelling purges every service and cuts API access; final, sign-in still works, deposit untouched', async () => {
    const s = await soldService(t.env, '13733330003', '13833330003', t.cb.url, '主图水印');
    const tok = await accessTokenFor(t.env, s, t.cb.url);
    const ledger = async () =>
      (
        await t.env.ctx.database.rows<{ n: number }>(
          sql`select count(*)::int as n from ledger_transactions where provider_id = ${s.providerId}`,
        )
      )[0].n;
    const before = await ledger();
    const res = await penalize(s.providerId, { kind: 'expel', reason: '多次严重违规' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().expelled).toBe(true);
    expect((await shop(t.env, tok.access)).statusCode).toBe(401);
    expect((await market(s.serviceId)).statusCode).toBe(404);
    expect((await s.provider.get(`/api/provider/services/${s.serviceId}`)).json().purged).toBe(
      true,
    );
    expect(await ledger()).toBe(before);

    const mine = await s.provider.get('/api/provider/standing');
    expect([mine.statusCode, mine.json().expelled]).toEqual([200, true]);
    const create = await s.provider.post('/api/provider/services', { categoryId: s.categoryId });
    expect([create.statusCode, create.json().code]).toEqual([409, 'SERVICES.PROVIDER_EXPELLED']);
    const lift = await t.op.post(`/api/ops/providers/${s.providerId}/penalties/lift`, {
      kind: 'expel',
      reason: '撤销',
    });
    expect(lift.statusCode).toBe(400);

    // One transaction: the revoke below fails on the expelled provider after the qualification
    // was revoked, so the revocation must roll back with it.
    const more = await penalize(s.providerId, {
      kind: 'revoke_category',
      reason: '追加',
      categoryId: s.categoryId,
    });
    expect([more.statusCode, more.json().code]).toEqual([409, 'ONBOARDING.PROVIDER_EXPELLED']);
    const [q] = await t.env.ctx.database.rows<{ state: string }>(
      sql`select state from qualification_applications where provider_id = ${s.providerId}`,
    );
    expect(q.state).toBe('approved');
    expect(await auditActions(t.env, s.providerId)).toEqual(['provider.penalty.expel']);
  });
});
