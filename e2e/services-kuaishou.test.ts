import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { sql } from '../src/server/platform/db';
import { approvedProvider } from '../test/qualification-helpers';
import { GOOD_JPG, prepareKuaishou, serviceCategory, SMALL_JPG } from '../test/service-helpers';
import { newPage, opsSignIn, smsSignIn } from './harness';
import { e2eWithReceiver } from './launching-app';
import { addTags, pick } from './service-steps';

const t = e2eWithReceiver('kuaishou', () => 302);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fuwu-e2e-svc-'));
const logo = path.join(dir, 'logo.jpg');
const small = path.join(dir, 'small.jpg');
fs.writeFileSync(logo, GOOD_JPG);
fs.writeFileSync(small, SMALL_JPG);

afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

async function approveInOps(ops: Page, id: string) {
  await ops.goto('/ops/services/review');
  await ops.getByTestId(`ops-service-${id}`).click();
  await expect.poll(() => ops.getByTestId('ops-service-diff').textContent()).toContain('name');
  await ops.getByTestId('ops-service-approve').click();
  await expect.poll(() => ops.getByTestId('ops-service-approve').count()).toBe(0);
}

describe('kuaishou services in the browser (seed §三)', () => {
  it('new service → packages → review → 待上架 → 上架 → access URL; delist → edit → review → relist', async () => {
    const mobile = '13599995001';
    const cat = await serviceCategory(t.e, '营销管理', '吸粉引流');
    const p = await approvedProvider(t.e, mobile, 'KEA001');
    await prepareKuaishou(t.e, p, cat, `${t.cb.url}/oauth/callback`);
    t.e.clock.advance(120_000); // past the SMS cooldown of the API sign-in
    const { page } = await newPage(t.e);
    await page.goto('/provider/login');
    await smsSignIn(t.e, page, mobile);

    // 1–2: 新增服务 offers the approved category only; a tool service binds an online app
    await page.goto('/provider/services');
    await page.getByTestId('service-new').click();
    await pick(page, 'service-new-category', '营销管理-吸粉引流');
    await pick(page, 'service-new-app', '订单助手');
    await page.getByTestId('service-create').click();
    await page.waitForURL(/\/provider\/services\/svc_/);
    const id = new URL(page.url()).pathname.split('/').pop()!;

    // 3: content; an image below 500 px is refused on upload with the rule named
    await page.getByTestId('service-classification').fill('引流工具');
    await page.getByTestId('service-main-image').setInputFiles(small);
    await expect.poll(() => page.getByText('最短边至少 500 像素').count()).toBeGreaterThan(0);
    await page.getByTestId('service-main-image').setInputFiles(logo);
    await expect.poll(() => page.getByTestId('service-main-preview').count()).toBe(1);
    await page.getByTestId('service-name').fill('云帆涨粉助手');
    await page.getByTestId('service-short').fill('自动化引流，粉丝增长看得见');
    await page.getByTestId('service-description').click();
    await page.keyboard.type('支持直播间引流与粉丝运营');
    await addTags(page, ['引流', '涨粉']);

    // 3–4: packages with spec rows; "删除套餐" and "-" remove what is not needed
    await page.getByTestId('package-add').click();
    await page.getByTestId('package-name-0').fill('标准版');
    await page.getByTestId('spec-version-0-0').fill('标准版');
    await page.getByTestId('spec-price-0-0').fill('99');
    await page.getByTestId('spec-add-0').click();
    await page.getByTestId('spec-version-0-1').fill('标准版');
    await page.getByTestId('spec-duration-0-1').getByText('12 个月').click();
    await page.getByTestId('spec-price-0-1').fill('999');
    await page.getByTestId('spec-add-0').click();
    await page.getByTestId('spec-remove-0-2').click();
    await page.getByTestId('package-add').click();
    await page.getByTestId('package-name-1').fill('多余的套餐');
    await page.getByTestId('package-remove-1').click();
    await expect.poll(() => page.getByTestId('package-name-1').count()).toBe(0);

    // 5: 提交审核: the pre-checks run (the simulated authorization hits the app's callback)
    await page.getByTestId('service-submit').click();
    await expect.poll(() => page.getByTestId('service-in-review').count()).toBe(1);
    expect(await page.getByTestId('service-in-review').textContent()).toContain('排队第 1 位');
    await expect
      .poll(() => page.getByTestId('precheck-authorization').getAttribute('data-ok'))
      .toBe('true');
    expect(t.cb.requests.some((r) => r.url.startsWith('/oauth/callback?code='))).toBe(true);

    const ops = (await newPage(t.e)).page;
    await opsSignIn(t.e, ops);
    await approveInOps(ops, id);
    const [mail] = await t.e.ctx.database.rows<{ body: string }>(
      sql`select body from outbox_messages where template = 'email.serviceApproved' and body like '%云帆涨粉助手%'`,
    );
    expect(mail.body).toContain('待上架');

    // 6–8: 待上架 → 上架; the access URL opens the merchant view
    await page.reload();
    await expect.poll(() => page.getByTestId('service-pending-listing').count()).toBe(1);
    await page.getByTestId('service-list').click();
    await expect.poll(() => page.getByTestId('service-access-url').count()).toBe(1);
    const href = (await page.getByTestId('service-access-url').getAttribute('href'))!;
    expect(href).toBe(`/market/services/${id}`);
    const market = (await newPage(t.e)).page;
    await market.goto(href);
    await expect
      .poll(() => market.getByTestId('market-service-name').textContent())
      .toBe('云帆涨粉助手');
    expect(await market.getByTestId('price-0.1').textContent()).toContain('999.00');
    expect(await market.getByTestId('market-service-provider').textContent()).toBeTruthy();

    // 9–10: 下架 → 编辑 → 提交审核 → 审核通过 → 上架
    await page.getByTestId('service-delist').click();
    await expect.poll(() => page.getByTestId('service-form').count()).toBe(1);
    await page.getByTestId('service-name').fill('云帆涨粉助手 Pro');
    await page.getByTestId('service-submit').click();
    await expect.poll(() => page.getByTestId('service-in-review').count()).toBe(1);
    await market.reload();
    await expect.poll(() => market.getByTestId('market-service-missing').count()).toBe(1);
    await approveInOps(ops, id);
    await page.reload();
    await page.getByTestId('service-list').click();
    await expect.poll(() => page.getByTestId('service-access-url').count()).toBe(1);
    await market.reload();
    await expect
      .poll(() => market.getByTestId('market-service-name').textContent())
      .toBe('云帆涨粉助手 Pro');
  });
});
