import { sql } from '../src/server/platform/db';
import { newId } from '../src/server/platform/ids';
import { syncListing } from '../src/server/modules/market';
import type { ServiceContent } from '../src/contracts/services';
import type { TestEnv } from './helpers';

/**
 * A listed service straight in the services tables (the review flow is tested elsewhere), synced
 * into the market through the same port the services module calls.
 */
export async function insertListed(
  env: Pick<TestEnv, 'ctx'>,
  o: {
    name: string;
    tags?: string[];
    shortDescription?: string;
    priceFen?: number;
    trial?: boolean;
    category: { id: string; group: string; name: string; type: string };
    listedAt: Date;
    state?: { listing?: string; hidden?: boolean; frozen?: boolean; purged?: boolean };
  },
) {
  const id = newId('svc');
  const vid = newId('svv');
  const content: ServiceContent = {
    classification: '工具',
    name: o.name,
    shortDescription: o.shortDescription ?? `${o.name}的简介`,
    descriptionHtml: '<p>x</p>',
    mainImageFileId: null,
    galleryFileIds: [],
    tags: o.tags ?? [],
    packages: [
      {
        name: '标准版',
        specs: [
          { version: '标准版', durationDays: 31, priceFen: o.priceFen ?? 1000, trial: false },
          ...(o.trial
            ? [{ version: '标准版', durationDays: 31 as const, priceFen: 0, trial: true }]
            : []),
        ],
      },
    ],
  };
  const at = o.listedAt.toISOString();
  const s = { listing: 'listed', hidden: false, frozen: false, purged: false, ...o.state };
  await env.ctx.db.transaction(async (tx) => {
    await tx.execute(sql`insert into services (id, provider_id, account_id, company_name, category_id,
        category_group, category_name, service_type, review, listing, draft, live_version_id,
        latest_version, listed_at, hidden, frozen, purged, created_at, updated_at)
      values (${id}, 'prv_market', 'acc_market', '市场测试公司', ${o.category.id}, ${o.category.group},
        ${o.category.name}, ${o.category.type}, 'approved', ${s.listing}, ${JSON.stringify(content)}::jsonb,
        ${vid}, 1, ${at}::timestamptz, ${s.hidden}, ${s.frozen}, ${s.purged}, ${at}::timestamptz, ${at}::timestamptz)`);
    await tx.execute(sql`insert into service_versions (id, service_id, version, content, prechecks,
        submitted_by, submitted_at, decision, decided_at)
      values (${vid}, ${id}, 1, ${JSON.stringify(content)}::jsonb, '[]'::jsonb, 'acc_market',
        ${at}::timestamptz, 'approved', ${at}::timestamptz)`);
    await syncListing(tx, id);
  });
  return id;
}

export async function someCategories(env: Pick<TestEnv, 'ctx'>) {
  const rows = await env.ctx.database.rows<{
    id: string;
    group_name: string;
    name: string;
    type: string;
  }>(sql`select id, group_name, name, type from categories order by group_name, name`);
  return rows.map((r) => ({ id: r.id, group: r.group_name, name: r.name, type: r.type }));
}
