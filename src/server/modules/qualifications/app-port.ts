import type { AppContext } from '../../platform/context';
import { hasOnlineApp } from '../apps';

/**
 * Does this provider have an app online on the open platform? Tool categories need one (seed §二
 * 1.1). The check is a port so tests can inject one; by default it asks the apps module.
 */
export type OnlineAppCheck = (ctx: AppContext, providerId: string) => Promise<boolean>;

export const defaultOnlineAppCheck: OnlineAppCheck = (ctx, providerId) =>
  hasOnlineApp(ctx, providerId);
