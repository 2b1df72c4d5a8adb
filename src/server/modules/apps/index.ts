import { registerMessages } from '../../platform/messages';
import { APPS_MESSAGES } from './apps.messages';

registerMessages(APPS_MESSAGES);

export { appsRoutes } from './apps.routes';
export { oauthRoutes } from './oauth.routes';
export { oauthMarketRoutes } from './oauth-market.routes';
export { openApiRoutes } from './open-api.routes';
export { openApiScope } from './open-api.scope';
export { getApp, hasOnlineApp, listOnlineApps, type AppSummary } from './apps-lookup.service';
export { enqueueWebhook } from './webhooks.service';
export { dispatchWebhooks, type WebhookSender } from './webhooks-dispatch.service';
export { verifySignature, signatureHeader } from './webhooks.rules';
export { simulateAuthorization, TEST_MERCHANT_MOBILE } from './simulate.service';
export {
  resolveAccessToken,
  requireScope,
  revokeAppAccess,
  type OpenAccess,
} from './oauth-grants.service';
