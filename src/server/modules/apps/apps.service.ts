import type { z } from 'zod';
import type { Actor, AppContext } from '../../platform/context';
import { AppError, invalid, notFound } from '../../platform/errors';
import { newId, randomToken, sha256 } from '../../platform/ids';
import type { appBodySchema, AppScope, AppState, AppView } from '../../../contracts/apps';
import { recordAudit } from '../audit';
import { findOwnedFile, getFileRef, readPublishedFile, saveUpload } from '../files';
import { requireOnboardedProvider, type ProviderProfile } from '../onboarding';
import { getPolicy } from '../policy';
import * as repo from './apps.repo';
import * as rules from './apps.rules';

type AppInput = z.output<typeof appBodySchema>;
const owner = (p: ProviderProfile) => ({ kind: 'account', id: p.accountId });

export async function toAppView(ctx: AppContext, a: repo.AppRow): Promise<AppView> {
  return {
    id: a.id,
    appKey: a.appKey,
    secretHint: a.secretHint,
    secretRotatedAt: a.secretRotatedAt.toISOString(),
    name: a.name,
    description: a.description,
    logo: a.logoFileId ? await getFileRef(ctx, a.logoFileId) : null,
    redirectUris: a.redirectUris,
    scopes: a.scopes as AppScope[],
    webhookUrl: a.webhookUrl,
    webhookSecret: a.webhookSecret,
    state: a.state as AppState,
    stateReason: a.stateReason,
    onlineAt: a.onlineAt?.toISOString() ?? null,
    createdAt: a.createdAt.toISOString(),
    updatedAt: a.updatedAt.toISOString(),
  };
}

/** The provider's own app; another provider's id answers 404, as if it did not exist. */
export async function ownedApp(ctx: AppContext, actor: Actor | null, id: string) {
  const p = await requireOnboardedProvider(ctx, actor);
  const app = await repo.findApp(ctx.db, id);
  if (!app || app.providerId !== p.providerId) throw notFound();
  return { p, app };
}

async function checkLogo(ctx: AppContext, p: ProviderProfile, logoFileId: string | null) {
  if (logoFileId && !(await findOwnedFile(ctx, owner(p), logoFileId, 'appLogo')))
    throw invalid({ logoFileId: 'validation.apps.logo.unknown' });
}

const newSecret = () => {
  const secret = `sk_${randomToken(32)}`;
  return { secret, hash: sha256(secret), hint: rules.secretHint(secret) };
};

export async function listMyApps(ctx: AppContext, actor: Actor | null) {
  const p = await requireOnboardedProvider(ctx, actor);
  const [rows, policy] = await Promise.all([
    repo.listAppsOfProvider(ctx.db, p.providerId),
    getPolicy(ctx),
  ]);
  return {
    items: await Promise.all(rows.map((a) => toAppView(ctx, a))),
    max: policy.maxAppsPerAccount,
  };
}

export async function getMyApp(ctx: AppContext, actor: Actor | null, id: string) {
  const { app } = await ownedApp(ctx, actor, id);
  return toAppView(ctx, app);
}

/** Registers an app (state developing); answers the app secret this once. */
export async function createApp(ctx: AppContext, actor: Actor | null, body: AppInput) {
  const p = await requireOnboardedProvider(ctx, actor);
  await checkLogo(ctx, p, body.logoFileId);
  const { maxAppsPerAccount: max } = await getPolicy(ctx);
  const now = ctx.clock.now();
  const s = newSecret();
  const row: repo.AppRow = {
    id: newId('app'),
    providerId: p.providerId,
    accountId: p.accountId,
    appKey: newId('ak'),
    secretHash: s.hash,
    secretHint: s.hint,
    secretRotatedAt: now,
    ...body,
    webhookSecret: `whsec_${randomToken(24)}`,
    state: 'developing',
    stateReason: null,
    onlineAt: null,
    createdAt: now,
    updatedAt: now,
  };
  await ctx.db.transaction(async (tx) => {
    await repo.lockProvider(tx, p.providerId);
    if (rules.limitReached(await repo.countAppsOfProvider(tx, p.providerId), max))
      throw new AppError('APPS.LIMIT_REACHED', 409, { params: { max: max ?? 0 } });
    await repo.insertApp(tx, row);
    await recordAudit(tx, now, actor!, {
      action: 'apps.create',
      targetType: 'app',
      targetId: row.id,
      detail: { name: row.name },
    });
  });
  return { app: await toAppView(ctx, row), appSecret: s.secret };
}

export async function updateApp(ctx: AppContext, actor: Actor | null, id: string, body: AppInput) {
  const { p } = await ownedApp(ctx, actor, id);
  await checkLogo(ctx, p, body.logoFileId);
  const editable = (['developing', 'online', 'suspended'] as AppState[]).filter(rules.canEdit);
  const moved = await repo.updateAppIn(ctx.db, id, editable, {
    ...body,
    updatedAt: ctx.clock.now(),
  });
  if (!moved) throw new AppError('APPS.SUSPENDED', 409);
  return toAppView(ctx, moved);
}

/** A new app secret; the old one stops working at once. */
export async function rotateSecret(ctx: AppContext, actor: Actor | null, id: string) {
  await ownedApp(ctx, actor, id);
  const now = ctx.clock.now();
  const s = newSecret();
  await ctx.db.transaction(async (tx) => {
    await repo.updateAppIn(tx, id, ['developing', 'online', 'suspended'], {
      secretHash: s.hash,
      secretHint: s.hint,
      secretRotatedAt: now,
      updatedAt: now,
    });
    await recordAudit(tx, now, actor!, {
      action: 'apps.rotate_secret',
      targetType: 'app',
      targetId: id,
    });
  });
  return { appSecret: s.secret, secretHint: s.hint, secretRotatedAt: now.toISOString() };
}

export async function uploadLogo(
  ctx: AppContext,
  actor: Actor | null,
  upload: { filename: string; bytes: Buffer },
) {
  const p = await requireOnboardedProvider(ctx, actor);
  return saveUpload(ctx, owner(p), 'appLogo', upload);
}

/** An online app's logo, for the consent page and "我的授权" (public, like the app's name). */
export async function readAppLogo(ctx: AppContext, id: string) {
  const app = await repo.findApp(ctx.db, id);
  if (!app || app.state !== 'online' || !app.logoFileId) throw notFound();
  return readPublishedFile(ctx, app.logoFileId);
}
