import type { Actor, AppContext } from '../platform/context';
import { newId } from '../platform/ids';
import { makeCreditCode, makeIdNumber } from '../../contracts/validators';
import {
  findOperatorByUsername,
  hashPassword,
  insertOperator,
  upsertAccount,
} from '../modules/accounts';
import * as onboarding from '../modules/onboarding';
import { DEMO_PNG } from './demo-assets';
import { seedDemoService } from './seed-demo-service';

export const DEMO = {
  operator: {
    username: 'admin',
    password: 'Fuwu-demo-2026',
    totpSecret: 'KVKFKRCPNZXW4ZLUMVZXI3DJMVZWK5DT',
  },
  provider: { mobile: '13800000001', company: '杭州云帆网络科技有限公司' },
  pendingProvider: { mobile: '13800000002', company: '深圳星河数据服务有限公司' },
  merchant: { mobile: '13900000001' },
};

async function onboard(ctx: AppContext, mobile: string, company: string, seq: string) {
  const acc = await upsertAccount(ctx.db, { id: newId('acc'), mobile, createdAt: ctx.clock.now() });
  const actor: Actor = { kind: 'provider', accountId: acc.id, mobile };
  await onboarding.acceptAgreements(ctx, actor, [...onboarding.AGREEMENTS]);
  await onboarding.checkEligibility(ctx, actor, 'enterprise');
  const licence = await onboarding.uploadLicence(ctx, actor, {
    filename: 'licence.png',
    bytes: DEMO_PNG,
  });
  await onboarding.saveDraft(ctx, actor, {
    companyName: company,
    creditCode: makeCreditCode(`91330100MA2${seq}`),
    companyType: 'limited_liability',
    registeredCapitalWan: 500,
    establishedOn: '2018-06-01',
    staffSize: 45,
    address: '浙江省杭州市西湖区文三路 100 号',
    legalRepName: '王建国',
    legalRepIdNumber: makeIdNumber('33010619800101123'),
    contactName: '李娜',
    contactMobile: mobile,
    contactEmail: `ops${seq.toLowerCase()}@example.com`,
    licenceFileId: licence.id,
  });
  return onboarding.submitApplication(ctx, actor);
}

/** Demo sign-ins for a first look: an operator, an approved provider, one waiting for review, a merchant. */
export async function seedDemo(ctx: AppContext): Promise<boolean> {
  if (await findOperatorByUsername(ctx.db, DEMO.operator.username)) return false;
  const now = ctx.clock.now();
  const opId = newId('opr');
  await insertOperator(ctx.db, {
    id: opId,
    username: DEMO.operator.username,
    passwordHash: await hashPassword(DEMO.operator.password),
    totpSecret: DEMO.operator.totpSecret,
    roles: ['reviewer', 'finance', 'admin'],
    createdAt: now,
  });
  const op: Actor = {
    kind: 'operator',
    operatorId: opId,
    username: DEMO.operator.username,
    roles: ['reviewer', 'finance', 'admin'],
  };
  await upsertAccount(ctx.db, { id: newId('acc'), mobile: DEMO.merchant.mobile, createdAt: now });
  const first = await onboard(ctx, DEMO.provider.mobile, DEMO.provider.company, 'DEM001');
  if (first.state === 'submitted') {
    const list = await onboarding.listForReview(ctx, op, {
      state: 'submitted',
      page: 1,
      pageSize: 5,
    });
    await onboarding.approveApplication(ctx, op, list.items[0].id);
    const acc = await upsertAccount(ctx.db, {
      id: newId('acc'),
      mobile: DEMO.provider.mobile,
      createdAt: now,
    });
    await seedDemoService(ctx, op, { kind: 'provider', accountId: acc.id, mobile: acc.mobile });
  }
  await onboard(ctx, DEMO.pendingProvider.mobile, DEMO.pendingProvider.company, 'DEM002');
  return true;
}
