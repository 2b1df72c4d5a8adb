import { randomBytes } from 'node:crypto';
import { createRequire } from 'node:module';
import fs from 'node:fs';
import type { AppContext } from '../../platform/context';
import { notFound } from '../../platform/errors';
import { formatYuan } from '../../platform/money';
import { providerCompanyName } from '../onboarding';
import { ensureSecret } from '../policy';
import * as repo from './ledger.repo';
import {
  codeMatches,
  normalizeCode,
  shanghaiTime,
  VOUCHER_KIND_LABEL,
  verificationCode,
  type VoucherFacts,
} from './voucher.rules';

/**
 * Noto Sans SC (SIL Open Font License 1.1) from the npm package @expo-google-fonts/noto-sans-sc,
 * so `npm start` needs no system fonts. pdfkit (fontkit) embeds only the glyphs a voucher uses.
 */
const FONT_FILE = createRequire(import.meta.url).resolve(
  '@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf',
);
let fontBytes: Buffer | null = null;
const font = () => (fontBytes ??= fs.readFileSync(FONT_FILE));

const CHANNEL_LABEL: Record<string, string> = {
  alipay: '支付宝',
  wechat: '微信支付',
  bank_personal: '个人网银',
  bank_corporate: '企业网银',
};

const secret = (ctx: AppContext) =>
  ensureSecret(ctx, 'deposit_voucher_hmac', () => randomBytes(32).toString('base64url'));

const factsOf = (t: repo.LedgerTxRow): VoucherFacts => ({
  voucherNo: t.voucherCode,
  transactionId: t.id,
  providerId: t.providerId ?? '',
  kind: t.kind,
  amountFen: t.amount,
  at: t.createdAt,
});

/** 渠道 / 参考号 as shown on the voucher: the gateway's trade number, the bank credit, or the reference. */
function channelLine(t: repo.LedgerTxRow): string {
  const d = t.detail as { channel?: string; tradeNo?: string; creditId?: string; rule?: string };
  if (d.channel) return `${CHANNEL_LABEL[d.channel] ?? d.channel} / 交易号 ${d.tradeNo ?? '—'}`;
  if (d.creditId) return `银行转账 / 入账编号 ${d.creditId}`;
  if (d.rule) return `依据规则：${d.rule}`;
  return `系统记账 / ${t.reference}`;
}

/** The PDF bytes of one settled transaction's 电子凭证, for the provider who owns it. */
export async function voucherPdf(
  ctx: AppContext,
  providerId: string,
  transactionId: string,
  baseUrl: string,
): Promise<{ fileName: string; pdf: Buffer }> {
  const t = await repo.findTransaction(ctx.db, transactionId);
  if (!t || t.providerId !== providerId) throw notFound();
  const code = verificationCode(await secret(ctx), factsOf(t));
  const company = (await providerCompanyName(ctx, providerId)) ?? '—';
  const verifyUrl = `${baseUrl}/verify-voucher?no=${t.voucherCode}`;
  // Loaded on first use: pdfkit and qrcode took ~0.3 s of every server start (README, Benchmarks).
  const [{ default: PDFDocument }, { default: QRCode }] = await Promise.all([
    import('pdfkit'),
    import('qrcode'),
  ]);
  const qr = await QRCode.toBuffer(verifyUrl, { margin: 1, width: 240 });

  const doc = new PDFDocument({
    size: 'A5',
    layout: 'landscape',
    margin: 36,
    // The default font, so no standard-14 font is ever added (pdfkit takes bytes; its types say a name).
    font: font() as unknown as string,
    info: {
      Title: `保证金电子凭证 ${t.voucherCode}`,
      Author: ctx.config.collectionAccount.accountName,
      Subject: 'Deposit electronic voucher',
      CreationDate: t.createdAt,
    },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  const left = doc.page.margins.left;
  const width = doc.page.width - left - doc.page.margins.right;
  doc.fontSize(18).text('服务市场保证金电子凭证', { align: 'center' });
  doc.moveDown(0.2).fontSize(9).fillColor('#666').text('Deposit electronic voucher', {
    align: 'center',
  });
  doc.moveDown(0.8).fillColor('#000');
  const rows: Array<[string, string]> = [
    ['凭证编号', t.voucherCode],
    ['服务商', company],
    ['交易类型', VOUCHER_KIND_LABEL[t.kind] ?? t.kind],
    ['金额', `人民币 ¥${formatYuan(t.amount)} 元`],
    ['交易时间', `${shanghaiTime(t.createdAt)}（北京时间）`],
    ['渠道 / 参考号', channelLine(t)],
    ['说明', t.memo || '—'],
    ['收款方', ctx.config.collectionAccount.accountName],
    ['校验码', code],
  ];
  const top = doc.y;
  const labelW = 90;
  const textW = width - labelW - 130;
  for (const [label, value] of rows) {
    const y = doc.y;
    doc.fontSize(10).fillColor('#555').text(label, left, y, { width: labelW });
    doc
      .fillColor('#000')
      .fontSize(label === '金额' ? 13 : 10)
      .text(value, left + labelW, y, { width: textW });
    doc.moveDown(0.45);
  }
  doc.image(qr, left + width - 120, top, { width: 120 });
  doc
    .fontSize(8)
    .fillColor('#555')
    .text('扫码或访问下方地址，输入凭证编号与校验码核验真伪', left + width - 120, top + 124, {
      width: 120,
    });
  doc
    .fontSize(8)
    .fillColor('#555')
    .text(
      `核验地址：${baseUrl}/verify-voucher  本凭证由系统自动生成，金额以人民币分为单位记账。`,
      left,
      doc.page.height - doc.page.margins.bottom - 20,
      { width, lineBreak: false },
    );
  doc.end();
  return { fileName: `voucher-${t.voucherCode}.pdf`, pdf: await done };
}

export type VoucherCheck =
  | { genuine: false }
  | { genuine: true; voucherNo: string; kind: string; amountFen: number; at: string };

/** Public check: is this voucher number with this code one we issued? Says nothing more if not. */
export async function verifyVoucher(
  ctx: AppContext,
  voucherNo: string,
  code: string,
): Promise<VoucherCheck> {
  const no = normalizeCode(voucherNo);
  const key = await secret(ctx);
  for (const t of await repo.findTransactionsByVoucher(ctx.db, no)) {
    if (t.providerId && codeMatches(code, verificationCode(key, factsOf(t))))
      return {
        genuine: true,
        voucherNo: t.voucherCode,
        kind: t.kind,
        amountFen: t.amount,
        at: t.createdAt.toISOString(),
      };
  }
  return { genuine: false };
}

/** The code printed on a voucher (tests and the seed use it; the API never returns it). */
export async function voucherCodeOf(ctx: AppContext, transactionId: string) {
  const t = await repo.findTransaction(ctx.db, transactionId);
  return t ? verificationCode(await secret(ctx), factsOf(t)) : null;
}
