import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { makeIdNumber } from '../src/contracts/validators';
import { sql } from '../src/server/platform/db';
import { DEMO_PNG } from '../src/server/flows/demo-assets';
import { DEMO } from '../src/server/flows/seed-demo';
import { lastSms } from '../test/helpers';
import { buildPdf } from '../test/doc-builders';
import { newPage, opsSignIn, smsSignIn, startE2E, type E2E } from './harness';

let e: E2E;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fuwu-e2e-quals-'));
const file = (name: string, bytes: Buffer) => {
  const p = path.join(dir, name);
  fs.writeFileSync(p, bytes);
  return p;
};
const shots = [0, 1, 2].map((i) => file(`backoffice-${i}.png`, DEMO_PNG));
const gmvShot = file('anchor-gmv-backoffice.png', DEMO_PNG);
const deck = file('company-deck.pdf', buildPdf());
const idImage = file('id-card.png', DEMO_PNG);
const attorney = file('power-of-attorney.pdf', buildPdf());

beforeAll(async () => {
  e = await startE2E('kuaishou');
});
afterAll(async () => {
  await e.stop();
  fs.rmSync(dir, { recursive: true, force: true });
});

const MOBILE = DEMO.provider.mobile;
const state = (page: Page, testId: string) => page.getByTestId(testId).getAttribute('data-state');

/** antd radio buttons hide their input: click the button (the label around it). */
const choose = (page: Page, testId: string) =>
  page.locator('label', { has: page.getByTestId(testId) }).click();

/** Picks an option and checks the select shows it: under load a click can land mid-animation. */
async function pick(page: Page, testId: string, option: string, search?: string) {
  const select = page.getByTestId(testId);
  for (let attempt = 0; attempt < 3; attempt++) {
    await select.click();
    // Long lists are virtual: type to bring the option into view.
    if (search) await page.keyboard.type(search);
    await page
      .locator('.ant-select-item-option', { hasText: option })
      .filter({ visible: true })
      .first()
      .click();
    const shown = async () => (await select.textContent())?.includes(option) ?? false;
    for (let i = 0; i < 10 && !(await shown()); i++) await page.waitForTimeout(100);
    if (await shown()) return;
    await page.keyboard.press('Escape');
  }
  throw new Error(`could not pick ${option} in ${testId}`);
}

/** The application's state, or the server's refusal when the submission was refused. */
async function submitted(page: Page) {
  const refusal = page.getByTestId('materials-error');
  if (await refusal.count()) return `refused: ${await refusal.textContent()}`;
  return state(page, 'qualification-state');
}

async function fillIncubationForm(page: Page) {
  const proofs = [
    ['义乌小商品旗舰店', '商家', '80000'],
    ['主播小王', '主播', '150000'],
    ['临沂服饰店', '商家', '50000'],
  ];
  for (const [i, [name, kind, gmv]] of proofs.entries()) {
    await page.getByTestId(`proof-name-${i}`).fill(name);
    await page.getByTestId(`proof-kind-${i}`).selectOption({ label: kind });
    await page.getByTestId(`proof-gmv-${i}`).fill(gmv);
    await page.getByTestId(`proof-screenshot-${i}`).setInputFiles(shots[i]);
    await expect.poll(() => page.getByTestId(`proof-screenshot-${i}-name`).count()).toBe(1);
  }
  await page.getByTestId('profile-capability').fill('产业带商家批量招商与孵化能力');
  await page.getByTestId('profile-team').fill('运营 20 人，主播经纪 5 人');
  await page.getByTestId('profile-cases').fill('半年孵化 30 家新商');
  await page.getByTestId('profile-strengths').fill('深耕义乌、临沂产业带');
  await page.getByTestId('deck-upload').setInputFiles(deck);
  await expect
    .poll(() => page.getByTestId('deck-upload-name').textContent())
    .toContain('company-deck.pdf');
  await page.getByTestId('case-title-0').fill('义乌产业带孵化');
  await page.getByTestId('case-description-0').fill('3 个月 GMV 从 0 到 50 万');
}

async function certifyAsAgent(page: Page) {
  await page.goto('/provider/certification');
  await choose(page, 'cert-method-agent');
  await page.getByTestId('agent-name').fill('李代理');
  await page.getByTestId('agent-id-number').fill(makeIdNumber('44030419920814002'));
  await page.getByTestId('agent-id-front').setInputFiles(idImage);
  await page.getByTestId('agent-id-back').setInputFiles(idImage);
  await page.getByTestId('agent-attorney').setInputFiles(attorney);
  await expect.poll(() => page.getByTestId('agent-attorney-name').count()).toBe(1);
  await page.getByTestId('cert-submit-agent').click();
  await expect.poll(() => state(page, 'certification-page-state')).toBe('submitted');
}

describe('kuaishou qualifications in the browser (seed §二)', () => {
  it('applies for 陪跑运营, is rejected for a missing GMV proof, resubmits and is approved; certifies as agent in parallel', async () => {
    const { page } = await newPage(e);
    await page.goto('/provider/login');
    await smsSignIn(e, page, MOBILE);

    await page.goto('/provider/qualifications');
    await page.getByTestId('qualifications-apply').click();
    await choose(page, 'service-type-tool');
    await expect
      .poll(() => page.getByTestId('tool-app-required').textContent())
      .toContain('发布应用');
    await choose(page, 'service-type-operation');
    await pick(page, 'category-select', '陪跑运营', '陪跑');
    await expect
      .poll(() => page.getByTestId('category-requirements').textContent())
      .toContain('孵化证明');
    await page.getByTestId('apply-start').click();
    await page.waitForURL(/\/provider\/qualifications\/qla_/);
    const id = page.url().split('/').pop()!;

    await fillIncubationForm(page);
    await page.getByTestId('qualification-submit').click();
    await expect.poll(() => submitted(page)).toBe('submitted');
    await expect
      .poll(() => page.getByTestId('qualification-expected').textContent())
      .toContain('2026-11-30');

    await certifyAsAgent(page);

    const ops = (await newPage(e)).page;
    await opsSignIn(e, ops);
    await ops.goto('/ops/qualifications');
    await ops.getByTestId(`qualification-review-row-${id}`).click();
    await ops.getByTestId('qualification-reject').click();
    await ops.getByTestId('reject-reason').fill('缺少主播月 GMV 的商家后台截图');
    await ops.getByTestId('reject-confirm').click();
    await expect.poll(() => state(ops, 'qualification-review-state')).toBe('rejected');
    await expect
      .poll(async () => (await lastSms(e.ctx, MOBILE)).includes('缺少主播月 GMV 的商家后台截图'))
      .toBe(true);

    await page.goto(`/provider/qualifications/${id}`);
    await expect.poll(() => state(page, 'qualification-state')).toBe('rejected');
    await expect
      .poll(() => page.getByTestId('qualification-reason').textContent())
      .toContain('GMV');
    await page.getByTestId('proof-screenshot-1').setInputFiles(gmvShot);
    await expect
      .poll(() => page.getByTestId('proof-screenshot-1-name').textContent())
      .toContain('anchor-gmv-backoffice.png');
    await page.getByTestId('qualification-submit').click();
    await expect.poll(() => submitted(page)).toBe('submitted');

    await ops.reload();
    await ops.getByTestId('qualification-approve').click();
    await expect.poll(() => state(ops, 'qualification-review-state')).toBe('approved');

    const [cert] = await e.ctx.database.rows<{ id: string }>(
      sql`select c.id from certifications c join accounts a on a.id = c.account_id where a.mobile = ${MOBILE}`,
    );
    await ops.goto('/ops/certifications');
    await ops.getByTestId(`certification-review-row-${cert.id}`).click();
    await ops.getByTestId('certification-approve').click();
    await expect.poll(() => state(ops, 'certification-review-state')).toBe('approved');

    await page.goto('/provider/qualifications');
    await expect.poll(() => state(page, `qualification-state-${id}`)).toBe('approved');
    await expect.poll(() => state(page, 'certification-state')).toBe('approved');
    await page.goto('/provider/enterprise');
    await expect
      .poll(() => page.getByTestId('enterprise-legal-id').textContent())
      .toMatch(/^\d{3}\*+/);

    const versions = await e.ctx.database.rows<{ decision: string }>(
      sql`select decision from qualification_versions where application_id = ${id} order by version`,
    );
    expect(versions.map((v) => v.decision)).toEqual(['rejected', 'approved']);
  }, 240_000); // two browsers and a dozen uploads: slow when the whole suite shares two cores
});
