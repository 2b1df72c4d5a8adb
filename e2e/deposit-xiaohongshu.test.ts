import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requireDeposit } from '../src/server/modules/deposits';
import { quickProvider } from '../test/deposit-helpers';
import { newPage, opsSignIn, smsSignIn, startE2E, type E2E } from './harness';

let e: E2E;
beforeAll(async () => {
  e = await startE2E('xiaohongshu');
});
afterAll(() => e.stop());

describe('xiaohongshu deposit in the browser (seed §一)', () => {
  it('recharges by transfer (imported statement), pays one service’s deposit and fails a second for the shortfall', async () => {
    const mobile = '13599991111';
    const { providerId } = await quickProvider(e, mobile);
    for (const id of ['svc_a', 'svc_b']) {
      await e.ctx.db.transaction((tx) =>
        requireDeposit(
          e.ctx,
          tx,
          { kind: 'system' },
          {
            providerId,
            sourceType: 'service',
            sourceId: id,
            label: `打单工具 ${id}`,
            amountFen: 1_000_000,
          },
        ),
      );
    }
    const { page } = await newPage(e);
    await page.goto('/provider/login');
    await smsSignIn(e, page, mobile);
    await page.goto('/provider/deposit');
    await page.getByTestId('deposit-recharge').click();
    const reference = (await page.getByTestId('deposit-reference').textContent())!.trim();
    expect(reference).toMatch(/^FW[2-9A-Z]{8}$/);
    await page.keyboard.press('Escape');

    const csvFile = path.join(os.tmpdir(), 'fuwu-e2e-statement.csv');
    fs.writeFileSync(
      csvFile,
      `交易流水号,交易日期,金额,付款人名称,付款账号,附言\nE2E0001,2026-11-25,15000.00,测试公司${mobile},6222020000001,保证金${reference}\n`,
    );
    const ops = (await newPage(e)).page;
    await opsSignIn(e, ops);
    await ops.goto('/ops/deposits');
    await ops.getByTestId('bank-import-file').setInputFiles(csvFile);
    await expect
      .poll(() => ops.getByTestId('bank-import-summary').textContent())
      .toContain('自动入账 1 笔');

    await page.reload();
    await expect
      .poll(() => page.getByTestId('deposit-available').getAttribute('data-fen'))
      .toBe('1500000');
    await page.getByTestId('deposit-pay-item-svc_a').click();
    await expect
      .poll(() => page.getByTestId('deposit-held').getAttribute('data-fen'))
      .toBe('1000000');
    await page.getByTestId('deposit-pay-item-svc_b').click();
    await expect
      .poll(() => page.getByTestId('deposit-pay-error').textContent())
      .toContain('还差 ¥5000.00');
    await expect
      .poll(() => page.getByTestId('deposit-available').getAttribute('data-fen'))
      .toBe('500000');
  });
});
