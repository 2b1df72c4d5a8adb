import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeCreditCode, makeIdNumber } from '../src/contracts/validators';
import { DEMO_PNG } from '../src/server/flows/demo-assets';
import { sql } from '../src/server/platform/db';
import { newPage, smsSignIn, startE2E, type E2E } from './harness';

let e: E2E;
const licenceFile = path.join(os.tmpdir(), 'fuwu-e2e-xhs-licence.png');
beforeAll(async () => {
  e = await startE2E('xiaohongshu');
  fs.writeFileSync(licenceFile, DEMO_PNG);
});
afterAll(() => e.stop());

describe('xiaohongshu preset in the browser', () => {
  it('QR sign-in: the desktop shows a code, a signed-in phone confirms, the desktop is signed in', async () => {
    const desktop = (await newPage(e)).page;
    await desktop.goto('/provider/login');
    const started = desktop.waitForResponse(
      (r) => r.url().endsWith('/api/auth/qr') && r.request().method() === 'POST',
    );
    await desktop.getByTestId('login-tab-qr').click();
    const { id } = (await (await started).json()) as { id: string };
    await expect.poll(() => desktop.locator('[data-testid="qr-image"] svg').count()).toBe(1);

    const phone = (await newPage(e)).page;
    await phone.goto('/provider/login');
    await smsSignIn(e, phone, '13566660001');
    await phone.goto(`/m/qr/${id}`);
    await phone.getByTestId('qr-confirm').click();

    await desktop.waitForURL((u) => !u.pathname.endsWith('/login'), { timeout: 15_000 });
    const session = await desktop.evaluate(async () => (await fetch('/api/session')).json());
    expect(session.actor).toMatchObject({ kind: 'provider', mobileMasked: '135****0001' });
  });

  it('an enterprise developer is created at once, without an onboarding review', async () => {
    const { page } = await newPage(e);
    await page.goto('/provider/login');
    await smsSignIn(e, page, '13566660002');
    await page.goto('/provider/onboarding');
    for (const code of ['provider-agreement', 'deposit-rules', 'privacy-policy']) {
      await page.getByTestId(`agreement-${code}`).check();
    }
    await page.getByTestId('start-onboarding').click();
    await page.getByTestId('entity-type-enterprise').check();
    await page.getByTestId('eligibility-submit').click();
    await page.getByTestId('field-companyName').fill('上海小工具软件有限公司');
    await page.getByTestId('field-creditCode').fill(makeCreditCode('91310000MA1XH0001'));
    await page.getByTestId('field-companyType').selectOption({ label: '有限责任公司' });
    await page.getByTestId('field-registeredCapitalWan').fill('100');
    await page.getByTestId('field-establishedOn').fill('2020-01-02');
    await page.getByTestId('field-staffSize').fill('12');
    await page.getByTestId('field-address').fill('上海市黄浦区中山东一路 1 号');
    await page.getByTestId('field-licence').setInputFiles(licenceFile);
    await expect.poll(() => page.getByText('fuwu-e2e-xhs-licence.png').count()).toBeGreaterThan(0);
    await page.getByTestId('wizard-next').click();
    await page.getByTestId('field-legalRepName').fill('周杰');
    await page.getByTestId('field-legalRepIdNumber').fill(makeIdNumber('31010119850101123'));
    await page.getByTestId('wizard-next').click();
    await page.getByTestId('field-contactName').fill('吴磊');
    await page.getByTestId('field-contactMobile').fill('13566660002');
    await page.getByTestId('field-contactEmail').fill('dev@example.com');
    await page.getByTestId('wizard-next').click();
    await page.getByTestId('wizard-submit').click();
    await expect.poll(() => page.getByTestId('onboarding-state').textContent()).toBe('approved');
    const rows = await e.ctx.database.rows<{ enterprise_developer: boolean }>(
      sql`select p.enterprise_developer from providers p join accounts a on a.id = p.account_id where a.mobile = '13566660002'`,
    );
    expect(rows).toEqual([{ enterprise_developer: true }]);
  });

  it('shows the consoles in English when switched', async () => {
    const { page } = await newPage(e);
    await page.goto('/market');
    await page.getByTestId('lang-switch').click();
    await expect
      .poll(() => page.locator('body').textContent())
      .toMatch(/Service Market|Marketplace/i);
  });
});
