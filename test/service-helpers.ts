import { sql } from '../src/server/platform/db';
import { newId } from '../src/server/platform/ids';
import type { Actor } from '../src/server/platform/context';
import { creditDeposit, requireDeposit } from '../src/server/modules/deposits';
import { createApp } from '../src/server/modules/apps/apps.service';
import { moveApp } from '../src/server/modules/apps/apps-ops.service';
import { solidJpeg } from '../src/server/flows/demo-assets';
import type { ServiceContent } from '../src/contracts/services';
import { multipart } from './onboarding-helpers';
import { quickProvider } from './deposit-helpers';
import type { Agent, TestEnv } from './helpers';

export const SYSTEM_OP: Actor = {
  kind: 'operator',
  operatorId: 'opr_test',
  username: 'test',
  roles: ['reviewer', 'finance', 'admin'],
};

/** A square JPEG that passes the kuaishou image rules (and a few that do not). */
export const GOOD_JPG = solidJpeg(500, 500, [22, 119, 255]);
export const SMALL_JPG = solidJpeg(400, 400, [250, 140, 22]);
export const WIDE_JPG = solidJpeg(800, 500, [82, 196, 26]);

/** Marks a category approved for a provider straight in the table (the flow is tested elsewhere). */
export async function approveCategory(
  env: Pick<TestEnv, 'ctx' | 'clock'>,
  p: { providerId: string; accountId: string },
  categoryId: string,
) {
  const now = env.clock.now().toISOString();
  const [c] = await env.ctx.database.rows<{ group_name: string; name: string; type: string }>(
    sql`select group_name, name, type from categories where id = ${categoryId}`,
  );
  await env.ctx.database.rows(sql`insert into qualification_applications
    (id, provider_id, account_id, company_name, category_id, category_group, category_name, service_type, state, draft, current_version, decided_at, created_at, updated_at)
    values (${newId('qap')}, ${p.providerId}, ${p.accountId}, 'x', ${categoryId}, ${c.group_name}, ${c.name}, ${c.type}, 'approved', '{}'::jsonb, 0,
      ${now}::timestamptz, ${now}::timestamptz, ${now}::timestamptz)`);
}

/** Money arrives and (kuaishou, "highest") is held against what is required. */
export async function fundDeposit(
  env: Pick<TestEnv, 'ctx'>,
  providerId: string,
  amountFen: number,
  requirement?: { sourceId: string; label: string },
) {
  await env.ctx.db.transaction(async (tx) => {
    if (requirement)
      await requireDeposit(env.ctx, tx, SYSTEM_OP, {
        providerId,
        sourceType: 'category',
        sourceId: requirement.sourceId,
        label: requirement.label,
        amountFen,
      });
    await creditDeposit(env.ctx, tx, SYSTEM_OP, {
      providerId,
      amountFen,
      via: requirement ? 'gateway' : 'bank',
      reference: newId('test'),
      memo: 'test',
    });
  });
}

/** An online app of the provider whose callback is `redirectUri`. */
export async function onlineAppOf(
  env: Pick<TestEnv, 'ctx'>,
  actor: Actor,
  redirectUri: string,
  name = '订单助手',
) {
  const { app } = await createApp(env.ctx, actor, {
    name,
    description: '自动同步订单',
    redirectUris: [redirectUri],
    scopes: ['shop:read', 'orders:read'],
    logoFileId: null,
    webhookUrl: null,
  } as never);
  await moveApp(env.ctx, SYSTEM_OP, app.id, 'online', null);
  return app.id as string;
}

/** Gives a kuaishou provider an approved category, its deposit held and an online app. */
export async function prepareKuaishou(
  env: Pick<TestEnv, 'ctx' | 'clock'>,
  p: { providerId: string; actor: Extract<Actor, { kind: 'provider' }> },
  categoryId: string,
  callback: string,
) {
  await approveCategory(
    env,
    { providerId: p.providerId, accountId: p.actor.accountId },
    categoryId,
  );
  const [c] = await env.ctx.database.rows<{ deposit_fen: number }>(
    sql`select deposit_fen from categories where id = ${categoryId}`,
  );
  await fundDeposit(env, p.providerId, c.deposit_fen, {
    sourceId: categoryId,
    label: '类目保证金',
  });
  return onlineAppOf(env, p.actor, callback);
}

/** A kuaishou provider (straight in the tables) ready to publish a tool service. */
export async function kuaishouReady(
  env: Pick<TestEnv, 'ctx' | 'clock'>,
  mobile: string,
  categoryId: string,
  callback: string,
) {
  const { accountId, providerId } = await quickProvider(env as TestEnv, mobile);
  const actor = { kind: 'provider' as const, accountId, mobile };
  const appId = await prepareKuaishou(env, { providerId, actor }, categoryId, callback);
  return { accountId, providerId, actor, appId };
}

export async function uploadImage(agent: Agent, bytes: Buffer, role: 'main' | 'gallery') {
  return agent.request({
    method: 'POST',
    url: `/api/provider/services/images?role=${role}`,
    ...multipart('file', 'image.jpg', bytes, 'image/jpeg'),
  });
}

export function content(mainImageFileId: string, over: Partial<ServiceContent> = {}) {
  return {
    classification: '订单管理',
    name: '云帆打单',
    shortDescription: '批量打印电子面单，自动同步订单',
    descriptionHtml: '<p>支持<strong>批量打单</strong></p>',
    mainImageFileId,
    galleryFileIds: [],
    tags: ['打单', '发货', '订单'],
    packages: [
      {
        name: '标准版',
        specs: [
          { version: '标准版', durationDays: 31, priceFen: 9900, trial: false },
          { version: '标准版', durationDays: 365, priceFen: 99900, trial: false },
        ],
      },
    ],
    ...over,
  } satisfies ServiceContent;
}

export async function serviceCategory(env: Pick<TestEnv, 'ctx'>, group: string, name: string) {
  const [row] = await env.ctx.database.rows<{ id: string }>(
    sql`select id from categories where group_name = ${group} and name = ${name}`,
  );
  return row.id;
}
