import path from 'node:path';
import fs from 'node:fs';
import os from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { makeCreditCode, makeIdNumber } from '../src/contracts/validators';
import { sql } from '../src/server/platform/db';
import { DEMO_PNG } from '../src/server/flows/demo-assets';
import { lastSms } from '../test/helpers';
import { newPage, opsSignIn, smsSignIn, startE2E, type E2E } from './harness';

let e: E2E;
const licenceFile = path.join(os.tmpdir(), 'fuwu-e2e-licence.png');
beforeAll(async () => {
  e = await startE2E('kuaishou');
  fs.writeFileSync(licenceFile, DEMO_PNG);
});
afterAll(() => e.stop());

const MOBILE = '13533330001';
const firstCode = makeCreditCode('91330100MA2E2E001');
const fixedCode = makeCreditCode('91330100MA2E2E002');

async function fill(page: Page, field: string, value: string) {
  const input = page.getByTestId(`field-${field}`);
  await input.fill(value);
}

async function fillWizard(page: Page) {
  await fill(page, 'companyName', '杭州端到端科技有限公司');
  await fill(page, 'creditCode', firstCode);
  await page.getByTestId('field-companyType').selectOption({ label: '有限责任公司' });
  await fill(page, 'registeredCapitalWan', '300');
  await page.getByTestId('field-establishedOn').fill('2019-03-15');
  await fill(page, 'staffSize', '30');
  await fill(page, 'address', '浙江省杭州市余杭区文一西路 969 号');
  await page.getByTestId('field-licence').setInputFiles(licenceFile);
  await expect.poll(() => page.getByText('fuwu-e2e-licence.png').count()).toBeGreaterThan(0);
  await page.getByTestId('wizard-next').click();
  await fill(page, 'legalRepName', '陈晓明');
  await fill(page, 'legalRepIdNumber', makeIdNumber('11010519900307123'));
  await page.getByTestId('wizard-next').click();
  await fill(page, 'contactName', '赵敏');
  await fill(page, 'contactMobile', '13700000009');
  await fill(page, 'contactEmail', 'e2e@example.com');
  await page.getByTestId('wizard-next').click();
}

describe('kuaishou onboarding in the browser (seed §一)', () => {
  it('signs in by SMS, is refused as 个体工商户, applies as a company, is rejected on the credit code, fixes it and is approved', async () => {
    const { page } = await newPage(e);
    await page.goto('/provider/login');
    await expect.poll(() => page.getByText('不支持更改').count()).toBeGreaterThan(0);
    await smsSignIn(e, page, MOBILE);
    await page.goto('/provider/onboarding');

    for (const code of ['provider-agreement', 'deposit-rules', 'privacy-policy']) {
      await page.getByTestId(`agreement-${code}`).check();
    }
    await page.getByTestId('start-onboarding').click();

    await page.getByTestId('entity-type-sole_proprietor').check();
    await page.getByTestId('eligibility-submit').click();
    await expect
      .poll(() => page.getByTestId('eligibility-refusal').textContent())
      .toContain('个体工商户');

    await page.getByTestId('entity-type-enterprise').check();
    await page.getByTestId('eligibility-submit').click();
    await fillWizard(page);
    await page.getByTestId('wizard-submit').click();
    await expect.poll(() => page.getByTestId('onboarding-state').textContent()).toBe('submitted');
    await expect.poll(() => page.getByTestId('expected-by').textContent()).toContain('2026-12-02');

    const [{ id }] = await e.ctx.database.rows<{ id: string }>(
      sql`select o.id from onboarding_applications o join accounts a on a.id = o.account_id where a.mobile = ${MOBILE}`,
    );
    const ops = (await newPage(e)).page;
    await opsSignIn(e, ops);
    await ops.goto('/ops/onboarding');
    await ops.getByTestId(`review-row-${id}`).click();
    await ops.getByTestId('review-reject').click();
    // Under load a click can land mid-animation: pick again until the select shows the field.
    const fieldSelect = ops.getByTestId('reject-field-select');
    for (let attempt = 0; attempt < 5; attempt++) {
      await fieldSelect.click();
      await ops
        .locator('.ant-select-item-option', { hasText: '统一社会信用代码' })
        .filter({ visible: true })
        .first()
        .click();
      await ops.waitForTimeout(200);
      if ((await fieldSelect.textContent())?.includes('统一社会信用代码')) break;
      await ops.keyboard.press('Escape');
    }
    await ops.getByTestId('reject-field-reason').fill('与营业执照上的代码不一致');
    await ops.getByTestId('reject-add-field').click();
    await ops.getByTestId('reject-confirm').click();
    await expect
      .poll(async () => (await lastSms(e.ctx, MOBILE)).includes('与营业执照上的代码不一致'))
      .toBe(true);

    await page.reload();
    await expect.poll(() => page.getByTestId('onboarding-state').textContent()).toBe('rejected');
    await expect
      .poll(() => page.getByTestId('rejection-reasons').textContent())
      .toContain('与营业执照上的代码不一致');
    await fill(page, 'creditCode', fixedCode);
    // A click on 'next' while the previous step still saves lands on a loading button, which
    // ignores it: go one step at a time and wait for each to show.
    for (const title of ['法人信息', '联系信息', '确认提交']) {
      await page.getByTestId('wizard-next').click();
      await expect.poll(() => page.locator('[aria-current="step"]').textContent()).toContain(title);
    }
    await page.getByTestId('wizard-submit').click();
    await expect.poll(() => page.getByTestId('onboarding-state').textContent()).toBe('submitted');

    await ops.reload();
    await ops.getByTestId('review-approve').click();
    await expect.poll(async () => (await lastSms(e.ctx, MOBILE)).includes('审核通过')).toBe(true);
    await page.reload();
    await expect.poll(() => page.getByTestId('onboarding-state').textContent()).toBe('approved');

    // Approved, the review page carries the provider-level penalties (before any service exists).
    await ops.reload();
    await expect.poll(() => ops.getByTestId('ops-provider-penalties').count()).toBe(1);
    await expect.poll(() => ops.getByTestId('ops-provider-penalty-kind').count()).toBe(1);

    await ops.goto('/ops/outbox');
    await expect.poll(() => ops.getByTestId('outbox-table').textContent()).toContain('审核通过');
    const [v] = await e.ctx.database.rows<{ n: number }>(
      sql`select count(*)::int as n from onboarding_versions where application_id = ${id}`,
    );
    expect(v.n).toBe(2);
  });
});
