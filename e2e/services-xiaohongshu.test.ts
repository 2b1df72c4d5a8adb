import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { quickProvider } from '../test/deposit-helpers';
import { fundDeposit, GOOD_JPG, onlineAppOf } from '../test/service-helpers';
import { newPage, opsSignIn, smsSignIn } from './harness';
import { e2eWithReceiver } from './launching-app';
import { addTags, pick } from './service-steps';

const t = e2eWithReceiver('xiaohongshu', () => 200);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fuwu-e2e-xhs-'));
const logo = path.join(dir, 'logo.jpg');
fs.writeFileSync(logo, GOOD_JPG);

afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

async function decide(ops: Page, id: string, reject?: string) {
  await ops.goto('/ops/services/review');
  await ops.getByTestId(`ops-service-${id}`).click();
  await expect.poll(() => ops.getByTestId('ops-service-diff').textContent()).toContain('name');
  if (reject) {
    await ops.getByTestId('ops-service-reject').click();
    await ops.getByTestId('ops-service-reject-reason').fill(reject);
    await ops.getByTestId('ops-service-reject-confirm').click();
  } else {
    await ops.getByTestId('ops-service-approve').click();
  }
  await expect.poll(() => ops.getByTestId('ops-service-approve').count()).toBe(0);
}

describe('xiaohongshu services in the browser (发布服务 §一–三)', () => {
  it('pays the service’s deposit, creates it from an online app, is listed on approval; an edit is reviewed while the old version stays live, and a rejection keeps it', async () => {
    const mobile = '13599996001';
    const q = await quickProvider(t.e, mobile);
    await onlineAppOf(
      t.e,
      { kind: 'provider', accountId: q.accountId, mobile },
      `${t.cb.url}/cb`,
      '云帆打单',
    );
    await fundDeposit(t.e, q.providerId, 1_000_000); // §一 1–2: the transfer arrived (tested elsewhere)
    const { page } = await newPage(t.e);
    await page.goto('/provider/login');
    await smsSignIn(t.e, page, mobile);

    // §二 2–3: 新建服务 lists the online app without a service; the category sets the deposit
    await page.goto('/provider/services');
    await page.getByTestId('service-new').click();
    await pick(page, 'service-new-app', '云帆打单');
    await pick(page, 'service-new-category', '订单-打单工具');
    await page.getByTestId('service-create').click();
    await page.waitForURL(/\/provider\/services\/svc_/);
    const id = new URL(page.url()).pathname.split('/').pop()!;
    await expect.poll(() => page.getByTestId('service-deposit-due').count()).toBe(1);

    // §一 3: 保证金列表 → 缴纳 this service's deposit from the available amount
    await page.goto('/provider/deposit');
    await page.getByTestId(`deposit-pay-item-${id}`).click();
    await expect
      .poll(() => page.getByTestId('deposit-held').getAttribute('data-fen'))
      .toBe('1000000');
    await page.goto(`/provider/services/${id}`);
    await expect.poll(() => page.getByTestId('service-form').count()).toBe(1);
    expect(await page.getByTestId('service-deposit-due').count()).toBe(0);

    // §二 4–5: 服务属性 within the limits (≤ 15 characters, exactly 3 tags), then 提交
    await page.getByTestId('service-classification').fill('订单打印');
    await page.getByTestId('service-main-image').setInputFiles(logo);
    await expect.poll(() => page.getByTestId('service-main-preview').count()).toBe(1);
    await page.getByTestId('service-name').fill('云帆打单');
    await page.getByTestId('service-short').fill('批量打印电子面单');
    await page.getByTestId('service-description').click();
    await page.keyboard.type('一键批量打单，自动回传单号');
    await addTags(page, ['打单', '发货']);
    await page.getByTestId('package-add').click();
    await page.getByTestId('package-name-0').fill('标准版');
    await page.getByTestId('spec-version-0-0').fill('标准版');
    await page.getByTestId('spec-price-0-0').fill('49');
    await page.getByTestId('service-submit').click();
    await expect
      .poll(() => page.getByTestId('service-error-tags').textContent())
      .toContain('恰好 3 个');
    await addTags(page, ['面单']);
    await page.getByTestId('service-submit').click();
    await expect.poll(() => page.getByTestId('service-in-review').count()).toBe(1);
    expect(await page.getByTestId('service-in-review').textContent()).toContain('还剩 6 个工作日');

    // approval lists it at once; the access URL shows it to merchants
    const ops = (await newPage(t.e)).page;
    await opsSignIn(t.e, ops);
    await decide(ops, id);
    await page.reload();
    await expect.poll(() => page.getByTestId('service-access-url').count()).toBe(1);
    const market = (await newPage(t.e)).page;
    await market.goto(`/market/services/${id}`);
    await expect
      .poll(() => market.getByTestId('market-service-name').textContent())
      .toBe('云帆打单');

    // §三 2: editing a listed service: in review, the old version stays listed
    await page.getByTestId('service-name').fill('云帆打单 2.0');
    await page.getByTestId('service-submit').click();
    await expect.poll(() => page.getByTestId('service-in-review').count()).toBe(1);
    expect(await page.getByTestId('service-listing').textContent()).toBe('已上架');
    await market.reload();
    await expect
      .poll(() => market.getByTestId('market-service-name').textContent())
      .toBe('云帆打单');

    // §三 3: rejected: the reason is on the service's page, the old version stays live
    await decide(ops, id, '名称请与应用名称保持一致');
    await page.reload();
    await expect
      .poll(() => page.getByTestId('service-reject-reason').textContent())
      .toBe('名称请与应用名称保持一致');
    expect(await page.getByTestId('service-listing').textContent()).toBe('已上架');
    await market.reload();
    await expect
      .poll(() => market.getByTestId('market-service-name').textContent())
      .toBe('云帆打单');
  });
});
