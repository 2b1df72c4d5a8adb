import type { AppContext } from '../../platform/context';
import type { Executor } from '../../platform/db';
import type { AppScope, AppState } from '../../../contracts/apps';
import * as repo from './apps.repo';

/** What other modules may know of an app (never its secrets). */
export type AppSummary = {
  id: string;
  providerId: string;
  accountId: string;
  appKey: string;
  name: string;
  description: string;
  logoFileId: string | null;
  redirectUris: string[];
  scopes: AppScope[];
  state: AppState;
  onlineAt: Date | null;
  createdAt: Date;
};

const summary = (a: repo.AppRow): AppSummary => ({
  id: a.id,
  providerId: a.providerId,
  accountId: a.accountId,
  appKey: a.appKey,
  name: a.name,
  description: a.description,
  logoFileId: a.logoFileId,
  redirectUris: a.redirectUris,
  scopes: a.scopes as AppScope[],
  state: a.state as AppState,
  onlineAt: a.onlineAt,
  createdAt: a.createdAt,
});

/** Pass the open transaction as `ex` when inside one (PGlite runs one at a time). */
export async function getApp(
  ctx: AppContext,
  appId: string,
  ex: Executor = ctx.db,
): Promise<AppSummary | null> {
  const a = await repo.findApp(ex, appId);
  return a ? summary(a) : null;
}

export async function listOnlineApps(
  ctx: AppContext,
  providerId: string,
  ex: Executor = ctx.db,
): Promise<AppSummary[]> {
  return (await repo.listAppsOfProvider(ex, providerId, 'online')).map(summary);
}

/** Tool categories need a published app (SPEC §4, §6). */
export async function hasOnlineApp(
  ctx: AppContext,
  providerId: string,
  ex: Executor = ctx.db,
): Promise<boolean> {
  return (await listOnlineApps(ctx, providerId, ex)).length > 0;
}
