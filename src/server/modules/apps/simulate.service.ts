import type { AppContext } from '../../platform/context';
import { notFound } from '../../platform/errors';
import { newId, randomToken } from '../../platform/ids';
import type { SimulationView } from '../../../contracts/apps';
import { upsertAccount } from '../accounts';
import { getPolicy } from '../policy';
import * as appsRepo from './apps.repo';
import { issueCode } from './oauth-authorize.service';
import { redirectWith, s256 } from './oauth.rules';

/** The platform's test merchant, who authorizes apps in reviews (created on first use). */
export const TEST_MERCHANT_MOBILE = '13900009999';

export const toSimulationView = (s: appsRepo.SimulationRow): SimulationView => ({
  id: s.id,
  appId: s.appId,
  redirectUri: s.redirectUri,
  ok: s.ok,
  statusCode: s.statusCode,
  location: s.location,
  error: s.error,
  durationMs: s.durationMs,
  at: s.at.toISOString(),
});

/** GET without following redirects: the status, where it points, or why it failed. */
async function callBack(url: string) {
  const started = performance.now();
  try {
    const res = await fetch(url, { redirect: 'manual', signal: AbortSignal.timeout(10_000) });
    await res.body?.cancel();
    return { statusCode: res.status, location: res.headers.get('location'), error: null, started };
  } catch (e) {
    return { statusCode: null, location: null, error: (e as Error).message.slice(0, 500), started };
  }
}

/**
 * The review's simulated authorization (SPEC §6): the test merchant authorizes the app, a code
 * goes to the app's first redirect URI with a `state`, and we record whether the callback answered
 * 2xx/3xx and where it redirected. The code's PKCE verifier is discarded, so it cannot be redeemed.
 */
export async function simulateAuthorization(
  ctx: AppContext,
  appId: string,
): Promise<SimulationView> {
  const app = await appsRepo.findApp(ctx.db, appId);
  if (!app || !app.redirectUris.length) throw notFound();
  const now = ctx.clock.now();
  const merchant = await upsertAccount(ctx.db, {
    id: newId('acc'),
    mobile: TEST_MERCHANT_MOBILE,
    createdAt: now,
  });
  const { oauthCodeSeconds } = await getPolicy(ctx);
  const redirectUri = app.redirectUris[0];
  const { code } = await ctx.db.transaction((tx) =>
    issueCode(tx, now, oauthCodeSeconds, {
      appId,
      accountId: merchant.id,
      redirectUri,
      scopes: app.scopes,
      codeChallenge: s256(randomToken(32)),
    }),
  );
  const state = `sim_${randomToken(12)}`;
  const url = redirectWith(redirectUri, { code, state, iss: ctx.config.publicUrl });
  const r = await callBack(url);
  const row: appsRepo.SimulationRow = {
    id: newId('sim'),
    appId,
    merchantAccountId: merchant.id,
    redirectUri,
    ok: r.statusCode !== null && r.statusCode >= 200 && r.statusCode < 400,
    statusCode: r.statusCode,
    location: r.location,
    error: r.error,
    durationMs: Math.round(performance.now() - r.started),
    at: now,
  };
  await appsRepo.insertSimulation(ctx.db, row);
  return toSimulationView(row);
}
