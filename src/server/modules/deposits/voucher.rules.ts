import { createHmac, timingSafeEqual } from 'node:crypto';

/** What a voucher vouches for: the ledger transaction's fields that the verification code covers. */
export type VoucherFacts = {
  voucherNo: string;
  transactionId: string;
  providerId: string;
  kind: string;
  amountFen: number;
  at: Date;
};

/** The one canonical byte string the code is computed over (versioned, so the format can change). */
export function canonicalVoucher(f: VoucherFacts): string {
  return [
    'fuwu-voucher-v1',
    f.voucherNo,
    f.transactionId,
    f.providerId,
    f.kind,
    String(f.amountFen),
    f.at.toISOString(),
  ].join('|');
}

/** 校验码: the first 80 bits of HMAC-SHA256 over the canonical fields, as 4×5 hex groups. */
export function verificationCode(secret: string, f: VoucherFacts): string {
  const hex = createHmac('sha256', secret)
    .update(canonicalVoucher(f))
    .digest('hex')
    .slice(0, 20)
    .toUpperCase();
  return hex.match(/.{5}/g)!.join('-');
}

/** Whatever the user typed (case, spaces, dashes) reduced to the bare code. */
export const normalizeCode = (s: string) => s.replace(/[\s-]/g, '').toUpperCase();

/** Constant-time comparison of a typed code with the genuine one. */
export function codeMatches(typed: string, genuine: string): boolean {
  const a = Buffer.from(normalizeCode(typed));
  const b = Buffer.from(normalizeCode(genuine));
  return a.length === b.length && timingSafeEqual(a, b);
}

export const VOUCHER_KIND_LABEL: Record<string, string> = {
  recharge: '保证金充值',
  hold: '保证金占用（缴纳）',
  release: '保证金释放',
  withdraw: '保证金提取',
  deduct: '违规扣除',
  out_reserve: '资金流出冻结',
  out_cancel: '资金流出撤销',
};

/** 'YYYY-MM-DD HH:mm:ss' in Asia/Shanghai (UTC+8, no daylight saving). */
export const shanghaiTime = (d: Date) =>
  new Date(d.getTime() + 8 * 3600_000).toISOString().replace('T', ' ').slice(0, 19);
