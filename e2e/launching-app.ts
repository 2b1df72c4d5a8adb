import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll } from 'vitest';
import { pkce, receiver } from '../test/apps-helpers';
import { startE2E, type E2E } from './harness';

/** A provider's app on a loopback port, as the market's "use service" launch reaches it. */
export type LaunchingApp = {
  url: string;
  redirectUri: string;
  /** Set once the app is registered (its redirect URI needs this server's port first). */
  appKey: string;
  /** Codes the callback received for a launch. */
  codes: string[];
  /** The PKCE verifier of the latest launch, to redeem its code. */
  verifier: string;
  close(): Promise<void>;
};

/**
 * A launch (`?fuwu_launch=1`) starts OAuth with the app's own PKCE and `scope`; the callback at
 * `callbackPath` keeps the code; every other request gets the app's home page.
 */
export async function startLaunchingApp(
  e: E2E,
  o: { callbackPath: string; scope: string },
): Promise<LaunchingApp> {
  const server = http.createServer((req, res) => {
    const u = new URL(req.url ?? '/', 'http://x');
    if (u.searchParams.get('fuwu_launch')) {
      const p = pkce();
      app.verifier = p.verifier;
      const q = new URLSearchParams({
        response_type: 'code',
        client_id: app.appKey,
        redirect_uri: app.redirectUri,
        scope: o.scope,
        state: 'launch',
        code_challenge: p.challenge,
        code_challenge_method: 'S256',
      });
      res.statusCode = 302;
      res.setHeader('location', `${e.baseUrl}/oauth/authorize?${q}`);
      return res.end();
    }
    const code = u.searchParams.get('code');
    if (code && u.searchParams.get('state') === 'launch') app.codes.push(code);
    res.setHeader('content-type', 'text/html; charset=utf-8');
    res.end('<p data-testid="app-home">应用首页</p>');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const app: LaunchingApp = {
    url,
    redirectUri: `${url}${o.callbackPath}`,
    appKey: '',
    codes: [],
    verifier: '',
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
  return app;
}

/**
 * The E2E stack for `policy` and a provider app's callback receiver answering with
 * `answer`, started before the file's tests and stopped after them. The fields are there
 * once `beforeAll` has run.
 */
export function e2eWithReceiver(policy: 'kuaishou' | 'xiaohongshu', answer: () => number) {
  const t = {} as { e: E2E; cb: Awaited<ReturnType<typeof receiver>> };
  beforeAll(async () => {
    t.e = await startE2E(policy);
    t.cb = await receiver(answer);
  });
  afterAll(async () => {
    await t.cb.close();
    await t.e.stop();
  });
  return t;
}
