import type { AppScope } from '../deps';

/**
 * Every scope an app may request, with its i18n key part (keys cannot hold ':', i18next's
 * namespace separator). Typed against the contract, so a new scope cannot be forgotten here.
 */
export const scopeKey = {
  'shop:read': 'shop_read',
  'orders:read': 'orders_read',
  'subscription:read': 'subscription_read',
} as const satisfies Record<AppScope, string>;

export const scopeOptions = Object.keys(scopeKey) as AppScope[];
