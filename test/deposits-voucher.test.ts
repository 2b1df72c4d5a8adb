import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { creditDeposit } from '../src/server/modules/deposits';
import { voucherCodeOf } from '../src/server/modules/deposits/voucher.service';
import { createTestEnv, signInAccount, type TestEnv, Agent } from './helpers';
import { quickProvider, requireAmount } from './deposit-helpers';
import { readPdf } from './pdf-text';

let env: TestEnv;
beforeAll(async () => {
  env = await createTestEnv();
});
afterAll(() => env.close());

/** A provider whose deposit was credited ¥12,345.67 by Alipay; returns its recharge record. */
async function creditedProvider(mobile: string) {
  const p = await quickProvider(env, mobile);
  await requireAmount(env, p.providerId, 1_000_000);
  await env.ctx.db.transaction((tx) =>
    creditDeposit(
      env.ctx,
      tx,
      { kind: 'system' },
      {
        providerId: p.providerId,
        amountFen: 1_234_567,
        via: 'gateway',
        reference: `test:${mobile}`,
        memo: '保证金充值（alipay）',
        detail: { orderId: 'pay_x', tradeNo: '2026112522001400001', channel: 'alipay' },
      },
    ),
  );
  const agent = await signInAccount(env, mobile);
  const list = (await agent.get('/api/provider/deposit/transactions?result=success')).json();
  const recharge = list.items.find((i: { kind: string }) => i.kind === 'recharge');
  return { ...p, agent, recharge: recharge as { id: string; voucherCode: string } };
}

const verify = (no: string, code: string) =>
  new Agent(env.app).get(
    `/api/public/vouchers/verify?no=${encodeURIComponent(no)}&code=${encodeURIComponent(code)}`,
  );

describe('electronic voucher (电子凭证)', () => {
  it('is a real PDF with the Chinese labels, the amount in yuan, the numbers and an embedded CJK font', async () => {
    const { agent, recharge } = await creditedProvider('13566660001');
    const res = await agent.get(`/api/provider/deposit/transactions/${recharge.id}/voucher.pdf`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toBe(
      `attachment; filename="voucher-${recharge.voucherCode}.pdf"`,
    );
    const bytes = res.rawPayload;
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    // Subset-embedded TrueType (fontkit), not a standard-14 font: the file stays small.
    const raw = bytes.toString('latin1');
    expect(raw).toMatch(/\/FontFile2/);
    expect(raw).toMatch(/\/BaseFont \/[A-Z]{6}\+NotoSansSC/);
    expect(raw).not.toMatch(/\/BaseFont \/(Helvetica|Times|Courier)/);
    expect(bytes.length).toBeLessThan(200_000);

    const pdf = await readPdf(bytes);
    expect(pdf.pages).toBe(1);
    const text = pdf.text.replace(/\s+/g, '');
    for (const label of [
      '服务市场保证金电子凭证',
      '凭证编号',
      '服务商',
      '金额',
      '交易时间',
      '校验码',
    ])
      expect(text).toContain(label);
    expect(text).toContain('¥12345.67');
    expect(text).toContain(recharge.voucherCode);
    expect(text).toContain('测试公司13566660001');
    expect(text).toContain('支付宝/交易号2026112522001400001');
    expect(text).toContain('2026-11-2510:00:00'); // 02:00Z shown in Asia/Shanghai
    const code = await voucherCodeOf(env.ctx, recharge.id);
    expect(code).toMatch(/^[0-9A-F]{5}(-[0-9A-F]{5}){3}$/);
    expect(text).toContain(code!);
  });

  it('verifies the right number and code publicly, and rejects a tampered code or number', async () => {
    const { recharge } = await creditedProvider('13566660002');
    const code = (await voucherCodeOf(env.ctx, recharge.id))!;
    const ok = await verify(recharge.voucherCode, code);
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toEqual({
      genuine: true,
      voucherNo: recharge.voucherCode,
      kind: 'recharge',
      amountFen: 1_234_567,
      at: '2026-11-25T02:00:00.000Z',
    });
    // Typed loosely (lower case, no dashes) it is still the same code.
    expect(
      (await verify(recharge.voucherCode, code.replace(/-/g, '').toLowerCase())).json(),
    ).toMatchObject({ genuine: true });
    const last = code.at(-1) === '0' ? '1' : '0';
    expect((await verify(recharge.voucherCode, code.slice(0, -1) + last)).json()).toEqual({
      genuine: false,
    });
    expect((await verify('ZZZZZZZZZZZZ', code)).json()).toEqual({ genuine: false });
    const missing = await verify('', '');
    expect(missing.statusCode).toBe(400);
  });

  it('only the owning provider can download it (another provider gets 404)', async () => {
    const a = await creditedProvider('13566660003');
    const b = await creditedProvider('13566660004');
    const cross = await b.agent.get(
      `/api/provider/deposit/transactions/${a.recharge.id}/voucher.pdf`,
    );
    expect(cross.statusCode).toBe(404);
    expect(cross.headers['content-type']).not.toBe('application/pdf');
    const anon = await new Agent(env.app).get(
      `/api/provider/deposit/transactions/${a.recharge.id}/voucher.pdf`,
    );
    expect(anon.statusCode).toBe(401);
    const own = await a.agent.get(
      `/api/provider/deposit/transactions/${a.recharge.id}/voucher.pdf`,
    );
    expect(own.statusCode).toBe(200);
  });

  it('every settled record row has a downloadable voucher with its number', async () => {
    const { agent } = await creditedProvider('13566660005');
    const list = (await agent.get('/api/provider/deposit/transactions')).json();
    expect(list.items.length).toBeGreaterThanOrEqual(2); // recharge + hold
    for (const item of list.items) {
      const res = await agent.get(`/api/provider/deposit/transactions/${item.id}/voucher.pdf`);
      expect(res.statusCode).toBe(200);
      expect((await readPdf(res.rawPayload)).text.replace(/\s+/g, '')).toContain(item.voucherCode);
    }
  });

  it('is documented in the OpenAPI description', async () => {
    const doc = (await env.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/api/provider/deposit/transactions/{id}/voucher.pdf',
        '/api/public/vouchers/verify',
        '/api/provider/deposit/exit',
      ]),
    );
  });
});
