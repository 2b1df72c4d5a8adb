import type { AppState } from '../../../contracts/apps';

/** What an operator may do to an app: bring it online after the check, or suspend it. */
export type AppAction = 'online' | 'suspend';

const FROM: Record<AppAction, AppState[]> = {
  online: ['developing', 'suspended'],
  suspend: ['developing', 'online'],
};
const TO: Record<AppAction, AppState> = { online: 'online', suspend: 'suspended' };

/** The state after `action`, or null when the app's state does not allow it. */
export function nextState(from: AppState, action: AppAction): AppState | null {
  return FROM[action].includes(from) ? TO[action] : null;
}

export const statesAllowing = (action: AppAction): AppState[] => [...FROM[action]];

/** A suspended app is frozen until an operator brings it back. */
export const canEdit = (s: AppState) => s !== 'suspended';

/** `maxAppsPerAccount` null means no limit. */
export function limitReached(count: number, max: number | null): boolean {
  return max !== null && count >= max;
}

/** What the console shows of a secret it no longer knows: its prefix and last four characters. */
export function secretHint(secret: string): string {
  return `${secret.slice(0, 3)}…${secret.slice(-4)}`;
}
