import { sql } from '../src/server/platform/db';
import type { ServicePackage } from '../src/contracts/services';
import * as services from '../src/server/modules/services';
import { servicePorts } from '../src/server/flows/service-ports';
import { solidJpeg } from '../src/server/flows/demo-assets';
import type { Actor } from '../src/server/platform/context';
import { deliverAll, quickProvider } from './deposit-helpers';
import { signInAccount, signInOperator, type Agent, type TestEnv } from './helpers';
import {
  content,
  fundDeposit,
  GOOD_JPG,
  kuaishouReady,
  onlineAppOf,
  serviceCategory,
  SYSTEM_OP,
  uploadImage,
} from './service-helpers';

export const PACKAGES: ServicePackage[] = [
  {
    name: '标准版',
    specs: [
      { version: '标准版', durationDays: 31, priceFen: 9_900, trial: false },
      { version: '标准版', durationDays: 92, priceFen: 26_900, trial: false },
      { version: '标准版', durationDays: 31, priceFen: 0, trial: true },
    ],
  },
  {
    name: '高级版',
    specs: [{ version: '高级版', durationDays: 92, priceFen: 59_900, trial: false }],
  },
];

/**
 * A listed kuaishou tool service (category `name` in 店铺管理 or 营销管理) of a new provider, its
 * app online with a webhook URL; built through the module functions (the flow is tested elsewhere).
 */
export async function listedToolService(
  env: TestEnv,
  mobile: string,
  callback: string,
  opts: {
    group?: string;
    category?: string;
    packages?: ServicePackage[];
    webhookUrl?: string;
  } = {},
) {
  const categoryId = await serviceCategory(
    env,
    opts.group ?? '营销管理',
    opts.category ?? '吸粉引流',
  );
  const p = await kuaishouReady(env, mobile, categoryId, callback);
  await env.ctx.database.rows(
    sql`update apps set webhook_url = ${opts.webhookUrl ?? `${new URL(callback).origin}/hooks`},
        scopes = '["shop:read","orders:read"]'::jsonb where id = ${p.appId}`,
  );
  const serviceId = await toolDraft(
    env,
    p.actor,
    categoryId,
    p.appId,
    `引流助手${mobile.slice(-4)}`,
    {
      packages: opts.packages,
    },
  );
  await services.submitService(env.ctx, p.actor, serviceId, servicePorts, 'zh-CN');
  const d = await services.getMyService(env.ctx, p.actor, serviceId, servicePorts, 'zh-CN');
  if (!d.pending) throw new Error(`not in review: ${JSON.stringify(d.latest?.prechecks)}`);
  await services.decideService(
    env.ctx,
    SYSTEM_OP,
    serviceId,
    {
      versionId: d.pending.id,
      decision: 'approved',
      reason: null,
    },
    servicePorts,
  );
  await services.listService(env.ctx, p.actor, serviceId, 'zh-CN', servicePorts);
  return { ...p, serviceId, categoryId };
}

/** A new service of `actor` on app `appId`, its draft complete (a 引流工具 named `name`). */
export async function toolDraft(
  env: TestEnv,
  actor: Actor,
  categoryId: string,
  appId: string,
  name: string,
  opts: { packages?: ServicePackage[] } = {},
) {
  const created = await services.createService(env.ctx, actor, { categoryId, appId });
  const main = await services.uploadImage(
    env.ctx,
    actor,
    'main',
    { filename: 'm.jpg', bytes: solidJpeg(600, 600, [22, 119, 255]) },
    'zh-CN',
  );
  await services.saveDraft(env.ctx, actor, created.id, {
    appId,
    content: {
      classification: '引流工具',
      name,
      shortDescription: '自动引流，提升店铺流量',
      descriptionHtml: '<p>引流</p>',
      mainImageFileId: main.id,
      galleryFileIds: [],
      tags: ['引流', '流量', '工具'],
      packages: opts.packages ?? PACKAGES,
    },
  });
  return created.id as string;
}

/** Orders a spec row and pays at the sandbox cashier; the notifications are delivered. */
export async function buyAndPay(
  env: TestEnv,
  merchant: Agent,
  serviceId: string,
  choice: { packageName: string; version: string; durationDays: number },
) {
  const res = await merchant.post('/api/market/orders', { serviceId, ...choice });
  if (res.statusCode !== 200) throw new Error(`order failed: ${res.body}`);
  const order = res.json();
  if (order.cashierUrl) {
    const pay = await env.app.inject({ method: 'POST', url: `${order.cashierUrl}/pay` });
    if (pay.statusCode !== 303) throw new Error(`pay failed: ${pay.body}`);
    await deliverAll(env);
  }
  return (await merchant.get(`/api/market/orders/${order.id}`)).json();
}

/**
 * A listed xiaohongshu tool service through the provider's API (quick provider, online app whose
 * redirect URI is `redirectUri`, deposit paid, version approved): authorized from the service
 * page and settled outside the market.
 */
export async function listedXiaohongshuService(env: TestEnv, mobile: string, redirectUri: string) {
  const q = await quickProvider(env, mobile);
  const actor: Actor = { kind: 'provider', accountId: q.accountId, mobile };
  const appId = await onlineAppOf(env, actor, redirectUri, '云帆打单');
  const category = await serviceCategory(env, '订单', '打单工具');
  const p = await signInAccount(env, mobile);
  const serviceId = (await p.post('/api/provider/services', { categoryId: category, appId })).json()
    .id;
  const img = (await uploadImage(p, GOOD_JPG, 'main')).json().id;
  const saved = await p.put(`/api/provider/services/${serviceId}/draft`, {
    appId,
    content: content(img, { name: '云帆打单' }),
  });
  if (saved.statusCode !== 200) throw new Error(saved.body);
  await fundDeposit(env, q.providerId, 1_000_000);
  const dep = (await p.get('/api/provider/deposit')).json();
  const req = dep.requirements.find((r: { sourceId: string }) => r.sourceId === serviceId);
  const paid = await p.post(`/api/provider/deposit/requirements/${req.id}/pay`);
  if (paid.statusCode !== 200) throw new Error(paid.body);
  const submitted = await p.post(`/api/provider/services/${serviceId}/submit`);
  if (submitted.statusCode !== 200) throw new Error(submitted.body);
  const versionId = (await p.get(`/api/provider/services/${serviceId}`)).json().pending.id;
  const ok = await (
    await signInOperator(env)
  ).post(`/api/ops/services/${serviceId}/approve`, {
    versionId,
  });
  if (ok.statusCode !== 200) throw new Error(ok.body);
  return { serviceId, appId, provider: p };
}
