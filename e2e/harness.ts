import {
  chromium,
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  type Page,
} from 'playwright-core';
import { vi } from 'vitest';
import { createTestEnv, lastSms, codeIn, type TestEnv } from '../test/helpers';
import { totpNow } from '../src/server/modules/accounts';
import { DEMO } from '../src/server/flows/seed-demo';
import { sql } from '../src/server/platform/db';

export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

// Whole flows in a real browser on a 2-core machine: allow them minutes, not the unit-test default.
vi.setConfig({ testTimeout: 180_000 });

export type E2E = TestEnv & { baseUrl: string; browser: Browser; stop(): Promise<void> };

/** A real server on a free loopback port, and Debian's Chromium driven by playwright-core. */
export async function startE2E(policy: 'kuaishou' | 'xiaohongshu'): Promise<E2E> {
  const env = await createTestEnv({ policy });
  await env.app.listen({ port: 0, host: '127.0.0.1' });
  const addr = env.app.server.address();
  const port = typeof addr === 'object' && addr ? addr.port : 0;
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: CHROMIUM_FLAGS,
  });
  return {
    ...env,
    baseUrl: `http://127.0.0.1:${port}`,
    browser,
    stop: async () => {
      await browser.close();
      await env.close();
    },
  };
}

export async function newPage(
  e: E2E,
  options: Pick<BrowserContextOptions, 'reducedMotion' | 'storageState'> = {},
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await e.browser.newContext({
    baseURL: e.baseUrl,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    // The app turns antd's zoom and slide motions off for users who ask for less motion; a
    // click then never lands on a dialog or popconfirm that is still growing into place.
    reducedMotion: 'reduce',
    ...options,
  });
  const page = await context.newPage();
  // A page load waits for Vite's chunks and the API on two cores that the rest of the suite
  // shares; at load 13-16, 15 s was seen to run out on a step that passes alone.
  page.setDefaultTimeout(30_000);
  return { context, page };
}

async function newestSmsSeq(e: E2E, mobile: string): Promise<number> {
  const rows = await e.ctx.database.rows<{ seq: number | null }>(
    sql`select max(seq)::int as seq from outbox_messages where recipient = ${mobile} and channel = 'sms'`,
  );
  return rows[0]?.seq ?? 0;
}

/** Signs in on a login page with the SMS code read from the outbox, as a tester would. */
export async function smsSignIn(e: E2E, page: Page, mobile: string) {
  // Only a code sent after this click counts: an earlier, used code may still be the newest SMS
  // until the send request commits (on PostgreSQL the page and this read race).
  const before = await newestSmsSeq(e, mobile);
  await page.getByTestId('login-mobile').fill(mobile);
  await page.getByTestId('login-send-code').click();
  let code = '';
  for (let i = 0; i < 100 && !code; i++) {
    code = codeIn(await lastSms(e.ctx, mobile, before));
    if (!code) await page.waitForTimeout(100);
  }
  await page.getByTestId('login-code').fill(code);
  await page.getByTestId('login-submit').click();
  await page.waitForURL((u) => !u.pathname.endsWith('/login'));
}

export async function opsSignIn(e: E2E, page: Page) {
  await page.goto('/ops/login');
  await page.getByTestId('ops-username').fill(DEMO.operator.username);
  await page.getByTestId('ops-password').fill(DEMO.operator.password);
  await page.getByTestId('ops-totp').fill(totpNow(DEMO.operator.totpSecret, e.clock.now()));
  await page.getByTestId('ops-login-submit').click();
  await page.waitForURL((u) => !u.pathname.endsWith('/login'));
}
