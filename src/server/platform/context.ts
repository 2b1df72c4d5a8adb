import type { Config } from '../config';
import type { OperatorRole } from '../../contracts/common';
import type { Clock } from './clock';
import type { Database, Db } from './db';
import type { Storage } from './storage';

/** What every service gets: configuration, the database, the clock and the file storage. */
export type AppContext = {
  config: Config;
  database: Database;
  db: Db;
  clock: Clock;
  storage: Storage;
};

/** Who is acting: a signed-in account (provider or merchant role), an operator, or the system. */
export type Actor =
  | { kind: 'provider'; accountId: string; mobile: string }
  | { kind: 'merchant'; accountId: string; mobile: string }
  | { kind: 'operator'; operatorId: string; username: string; roles: OperatorRole[] }
  | { kind: 'system' };

export function actorId(a: Actor): string | null {
  if (a.kind === 'operator') return a.operatorId;
  if (a.kind === 'system') return null;
  return a.accountId;
}
