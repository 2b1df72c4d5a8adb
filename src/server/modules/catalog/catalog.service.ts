import type { AppContext } from '../../platform/context';
import type { ProofKind } from '../../../contracts/catalog';
import { insertCategories, listCategoriesOf } from './catalog.repo';
import kuaishou from './seed/kuaishou-categories.json' with { type: 'json' };
import xiaohongshu from './seed/xiaohongshu-categories.json' with { type: 'json' };

type SeedRow = {
  group: string;
  name: string;
  type: string;
  depositFen: number;
  minRegisteredCapitalWan?: number | null;
  minYearsRegistered?: number | null;
  minStaff?: number | null;
  minCaseStudies?: number | null;
  requiresMrdPrd?: boolean;
  requiresCustomerService5x8?: boolean;
  note?: string;
};

/** The two 产业带运营 categories ask for their own proofs (seed §二 1.1). */
const PROOF_KINDS: Record<string, ProofKind> = {
  'kuaishou/产业带运营/陪跑运营': 'incubation',
  'kuaishou/产业带运营/线索地推': 'outreach',
};

function toRows(platform: 'kuaishou' | 'xiaohongshu', seed: SeedRow[]) {
  const prefix = platform === 'kuaishou' ? 'ks' : 'xhs';
  return seed.map((c, i) => ({
    id: `cat_${prefix}_${String(i + 1).padStart(3, '0')}`,
    platform,
    group: c.group,
    name: c.name,
    type: c.type,
    depositFen: c.depositFen,
    minRegisteredCapitalWan:
      c.minRegisteredCapitalWan == null ? null : String(c.minRegisteredCapitalWan),
    minYearsRegistered: c.minYearsRegistered ?? null,
    minStaff: c.minStaff ?? null,
    minCaseStudies: c.minCaseStudies ?? null,
    requiresMrdPrd: c.requiresMrdPrd ?? false,
    requiresCustomerService5x8: c.requiresCustomerService5x8 ?? false,
    note: c.note ?? null,
    proofKind: PROOF_KINDS[`${platform}/${c.group}/${c.name}`] ?? null,
  }));
}

/** Both platforms' published category tables, inserted once (operator edits are never overwritten). */
export async function ensureCatalog(ctx: AppContext) {
  await insertCategories(ctx.db, [
    ...toRows('kuaishou', kuaishou as SeedRow[]),
    ...toRows('xiaohongshu', xiaohongshu as SeedRow[]),
  ]);
}

export async function listCategories(ctx: AppContext, platform: 'kuaishou' | 'xiaohongshu') {
  const rows = await listCategoriesOf(ctx.db, platform);
  return rows.map((r) => ({
    id: r.id,
    platform: r.platform as 'kuaishou' | 'xiaohongshu',
    group: r.group,
    name: r.name,
    type: r.type as 'tool' | 'operation' | 'service',
    depositFen: r.depositFen,
  }));
}
