import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from '../src/server/platform/db';
import { closeExpiredOrders } from '../src/server/flows/deposit-payment';
import { dispatchSandboxNotifications, fetchDeliver } from '../src/server/modules/payments';
import { quickProvider, requireAmount } from '../test/deposit-helpers';
import { readPdf } from '../test/pdf-text';
import { newPage, smsSignIn, startE2E, type E2E } from './harness';

let e: E2E;
beforeAll(async () => {
  e = await startE2E('kuaishou');
});
afterAll(() => e.stop());

async function signedInProvider(mobile: string, amountFen: number) {
  const p = await quickProvider(e, mobile);
  await requireAmount(e, p.providerId, amountFen);
  const { context, page } = await newPage(e);
  await context.clock.install({ time: e.clock.now() });
  await page.goto('/provider/login');
  await smsSignIn(e, page, mobile);
  await page.goto('/provider/deposit');
  return { ...p, page };
}

describe('kuaishou deposit in the browser (seed §二 3–5)', () => {
  it('pays the deposit through the sandbox cashier and sees it held, with the record and voucher number', async () => {
    const { page } = await signedInProvider('13599990001', 2_000_000);
    await expect
      .poll(() => page.getByTestId('deposit-due').getAttribute('data-fen'))
      .toBe('2000000');
    await page.getByTestId('deposit-pay').click();
    await expect
      .poll(() => page.getByTestId('deposit-pay-amount').textContent())
      .toContain('20,000.00');
    await page.getByTestId('deposit-channel-alipay').click();
    await page.getByTestId('deposit-create-order').click();
    await expect
      .poll(() => page.getByTestId('deposit-countdown').textContent())
      .toMatch(/请在 (60:00|5\d:\d\d) 内完成支付/);
    await page.getByTestId('deposit-go-cashier').click();
    await expect.poll(() => page.locator('body').textContent()).toContain('沙箱环境');
    await page.getByTestId('cashier-pay').click();
    await page.waitForURL(/\/provider\/deposit\?order=/);
    // The sandbox gateway notifies the server over real HTTP, as a gateway would.
    await dispatchSandboxNotifications(e.ctx, fetchDeliver);
    await expect
      .poll(() => page.getByTestId('deposit-order-state').getAttribute('data-state'))
      .toBe('paid');
    await expect
      .poll(() => page.getByTestId('deposit-held').getAttribute('data-fen'))
      .toBe('2000000');
    await expect
      .poll(() => page.getByTestId('deposit-balance').getAttribute('data-fen'))
      .toBe('2000000');
    // All of it is needed for the requirement (held), so nothing is left to withdraw.
    await expect
      .poll(() => page.getByTestId('deposit-available').getAttribute('data-fen'))
      .toBe('0');
    expect(await page.getByTestId('deposit-withdrawable').getAttribute('data-fen')).toBe('0');
    await expect
      .poll(() => page.getByTestId('deposit-transactions').textContent())
      .toMatch(/充值.*成功/);
    await expect
      .poll(() => page.getByTestId('deposit-transactions').textContent())
      .toMatch(/[2-9A-Z]{12}/);

    // 电子凭证: the recharge row's link downloads a real PDF with the amount and the numbers.
    const link = page.getByTestId('deposit-voucher-recharge');
    await expect.poll(() => link.textContent()).toBe('电子凭证');
    const href = await link.getAttribute('href');
    const res = await page.request.get(href!);
    expect(res.status()).toBe(200);
    expect(res.headers()['content-type']).toBe('application/pdf');
    const pdf = (await readPdf(await res.body())).text.replace(/\s+/g, '');
    expect(pdf).toContain('服务市场保证金电子凭证');
    expect(pdf).toContain('¥20000.00');
    const voucherNo = /凭证编号([2-9A-Z]{12})/.exec(pdf)![1];
    const code = /校验码([0-9A-F]{5}(?:-[0-9A-F]{5}){3})/.exec(pdf)![1];

    // Anyone can check it on the public page; a changed code is refused.
    await page.goto(`/verify-voucher?no=${voucherNo}`);
    await page.getByTestId('voucher-code').fill(code);
    await page.getByTestId('voucher-check').click();
    await expect
      .poll(() => page.getByTestId('voucher-result').getAttribute('data-genuine'))
      .toBe('true');
    expect(await page.getByTestId('voucher-result').textContent()).toContain('20,000.00');
    await page
      .getByTestId('voucher-code')
      .fill(`${code.slice(0, -1)}${code.endsWith('0') ? '1' : '0'}`);
    await page.getByTestId('voucher-check').click();
    await expect
      .poll(() => page.getByTestId('voucher-result').getAttribute('data-genuine'))
      .toBe('false');
  });

  it('an order left for 60 minutes closes and shows as a failed record', async () => {
    const { page, providerId } = await signedInProvider('13599990002', 1_000_000);
    await page.getByTestId('deposit-pay').click();
    await page.getByTestId('deposit-channel-wechat').click();
    await page.getByTestId('deposit-create-order').click();
    await expect.poll(() => page.getByTestId('deposit-go-cashier').count()).toBe(1);
    e.clock.advance(60 * 60_000 + 1_000);
    await closeExpiredOrders(e.ctx, e.app.gateway);
    const [o] = await e.ctx.database.rows<{ state: string }>(
      sql`select state from payment_orders where provider_id = ${providerId}`,
    );
    expect(o.state).toBe('closed');
    await page.reload();
    await expect
      .poll(() => page.getByTestId('deposit-transactions').textContent())
      .toMatch(/支付超时，订单已关闭.*失败/);
    await expect
      .poll(() => page.getByTestId('deposit-due').getAttribute('data-fen'))
      .toBe('1000000');
  });
});
