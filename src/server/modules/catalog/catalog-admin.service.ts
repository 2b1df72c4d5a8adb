import type { Actor, AppContext } from '../../platform/context';
import { isUniqueViolation, type Executor } from '../../platform/db';
import { AppError, notFound } from '../../platform/errors';
import { requireOperator } from '../../platform/guards';
import { newId } from '../../platform/ids';
import type {
  CategoryCreateBody,
  CategoryDetail,
  CategoryUpdateBody,
  ProofKind,
  ServiceType,
} from '../../../contracts/catalog';
import { recordAudit } from '../audit';
import * as repo from './catalog.repo';

/** A category row as the contracts describe it (numeric capital as a number). */
export function toCategoryDetail(r: repo.CategoryRow): CategoryDetail {
  return {
    id: r.id,
    platform: r.platform as CategoryDetail['platform'],
    group: r.group,
    name: r.name,
    type: r.type as ServiceType,
    depositFen: r.depositFen,
    minRegisteredCapitalWan:
      r.minRegisteredCapitalWan === null ? null : Number(r.minRegisteredCapitalWan),
    minYearsRegistered: r.minYearsRegistered,
    minStaff: r.minStaff,
    minCaseStudies: r.minCaseStudies,
    requiresMrdPrd: r.requiresMrdPrd,
    requiresCustomerService5x8: r.requiresCustomerService5x8,
    proofKind: (r.proofKind ?? null) as ProofKind | null,
    note: r.note,
    retired: r.retired,
    updatedAt: r.updatedAt?.toISOString() ?? null,
  };
}

/** One category (retired ones too), for modules that check or snapshot its requirements. */
export async function getCategory(
  ctx: AppContext,
  id: string,
  ex: Executor = ctx.db,
): Promise<CategoryDetail | null> {
  const row = await repo.findCategory(ex, id);
  return row ? toCategoryDetail(row) : null;
}

/** Every category of a platform that is not retired, with its requirements, in one query. */
export async function listCategoryDetails(
  ctx: AppContext,
  platform: 'kuaishou' | 'xiaohongshu',
): Promise<CategoryDetail[]> {
  return (await repo.listCategoriesOf(ctx.db, platform)).map(toCategoryDetail);
}

export async function listCategoriesForOps(
  ctx: AppContext,
  actor: Actor | null,
  f: { platform?: string; type?: string; q?: string; retired?: 'true' | 'false' },
) {
  requireOperator(actor);
  const rows = await repo.listCategoriesFiltered(ctx.db, {
    ...f,
    retired: f.retired === undefined ? undefined : f.retired === 'true',
  });
  return { items: rows.map(toCategoryDetail) };
}

type Columns = Omit<repo.CategoryInsert, 'id' | 'platform'>;

function toColumns(b: CategoryUpdateBody): Partial<Columns> {
  const { minRegisteredCapitalWan, ...rest } = b;
  return {
    ...rest,
    ...(minRegisteredCapitalWan === undefined
      ? {}
      : {
          minRegisteredCapitalWan:
            minRegisteredCapitalWan === null ? null : String(minRegisteredCapitalWan),
        }),
  };
}

const nameTaken = () =>
  new AppError('CATALOG.NAME_TAKEN', 409, { fields: { name: 'CATALOG.NAME_TAKEN' } });

export async function createCategory(ctx: AppContext, actor: Actor | null, b: CategoryCreateBody) {
  const op = requireOperator(actor, 'admin');
  const now = ctx.clock.now();
  try {
    const row = await ctx.db.transaction(async (tx) => {
      const created = await repo.insertCategory(tx, {
        id: newId('cat'),
        platform: b.platform,
        ...(toColumns(b) as Columns),
        updatedAt: now,
      });
      await recordAudit(tx, now, op, {
        action: 'category.create',
        targetType: 'category',
        targetId: created.id,
        detail: { ...b },
      });
      return created;
    });
    return toCategoryDetail(row);
  } catch (e) {
    if (isUniqueViolation(e)) throw nameTaken();
    throw e;
  }
}

/** Changes what the category asks from now on; applications already submitted keep their copy. */
export async function updateCategory(
  ctx: AppContext,
  actor: Actor | null,
  id: string,
  b: CategoryUpdateBody & { retired?: boolean },
) {
  const op = requireOperator(actor, 'admin');
  const before = await getCategory(ctx, id);
  if (!before) throw notFound();
  const now = ctx.clock.now();
  const changed: Record<string, { from: unknown; to: unknown }> = {};
  for (const [k, v] of Object.entries(b)) {
    const from = before[k as keyof CategoryDetail];
    if (v !== undefined && JSON.stringify(from) !== JSON.stringify(v)) changed[k] = { from, to: v };
  }
  try {
    const row = await ctx.db.transaction(async (tx) => {
      const updated = await repo.updateCategory(tx, id, { ...toColumns(b), updatedAt: now });
      if (!updated) throw notFound();
      const action =
        b.retired === true ? 'category.retire' : b.retired === false ? 'category.restore' : null;
      await recordAudit(tx, now, op, {
        action: action ?? 'category.update',
        targetType: 'category',
        targetId: id,
        detail: changed,
      });
      return updated;
    });
    return toCategoryDetail(row);
  } catch (e) {
    if (isUniqueViolation(e)) throw nameTaken();
    throw e;
  }
}
