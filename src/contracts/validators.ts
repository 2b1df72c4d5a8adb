import { z } from 'zod';

/**
 * Pure validators for Chinese identifiers. Shared by browser and server, so: zod only,
 * no node: imports, no Date.now() (callers pass "today" where it matters).
 */

// ---------------------------------------------------------------------------
// Unified social credit code (统一社会信用代码), GB 32100-2015
// ---------------------------------------------------------------------------

/** The 31 characters allowed by GB 32100-2015 (no I, O, Z, S, V). */
export const CREDIT_CODE_CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const CREDIT_CODE_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
const CREDIT_CODE_RE = /^[0-9A-HJ-NPQRTUWXY]+$/;

export type CreditCodeIssue = 'length' | 'charset' | 'checksum';

function creditCodeCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    sum += CREDIT_CODE_CHARSET.indexOf(first17[i]) * CREDIT_CODE_WEIGHTS[i];
  }
  return CREDIT_CODE_CHARSET[(31 - (sum % 31)) % 31];
}

/** null when valid. Lower-case letters are a 'charset' issue (never silently upper-cased). */
export function creditCodeIssue(s: string): CreditCodeIssue | null {
  if (s.length !== 18) return 'length';
  if (!CREDIT_CODE_RE.test(s)) return 'charset';
  if (creditCodeCheckChar(s.slice(0, 17)) !== s[17]) return 'checksum';
  return null;
}

/** Appends the GB 32100 check character. Throws on a malformed prefix. */
export function makeCreditCode(first17: string): string {
  if (first17.length !== 17 || !CREDIT_CODE_RE.test(first17)) {
    throw new RangeError(`makeCreditCode: need 17 chars of ${CREDIT_CODE_CHARSET}`);
  }
  return first17 + creditCodeCheckChar(first17);
}

// ---------------------------------------------------------------------------
// Resident identity card number (居民身份证号码), GB 11643-1999
// ---------------------------------------------------------------------------

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK_MAP = '10X98765432';
const ID_RE = /^\d{17}[\dX]$/;

export type IdNumberIssue = 'length' | 'charset' | 'birthDate' | 'future' | 'checksum';

function idCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * ID_WEIGHTS[i];
  return ID_CHECK_MAP[sum % 11];
}

/** 'YYYYMMDD' → 'YYYY-MM-DD' when it is a real calendar date, else null. */
function realDate(yyyymmdd: string): string | null {
  const y = Number(yyyymmdd.slice(0, 4));
  const m = Number(yyyymmdd.slice(4, 6));
  const d = Number(yyyymmdd.slice(6, 8));
  const t = new Date(Date.UTC(2000, m - 1, d));
  t.setUTCFullYear(y);
  if (t.getUTCFullYear() !== y || t.getUTCMonth() !== m - 1 || t.getUTCDate() !== d) return null;
  return `${yyyymmdd.slice(0, 4)}-${yyyymmdd.slice(4, 6)}-${yyyymmdd.slice(6, 8)}`;
}

/**
 * null when valid. `today` is 'YYYY-MM-DD' in Asia/Shanghai.
 * Checks, in order: length, charset, birthDate (real date, not before 1900-01-01), future, checksum.
 */
export function idNumberIssue(s: string, today: string): IdNumberIssue | null {
  if (s.length !== 18) return 'length';
  if (!ID_RE.test(s)) return 'charset';
  const birth = realDate(s.slice(6, 14));
  if (birth === null || birth < '1900-01-01') return 'birthDate';
  if (birth > today) return 'future';
  if (idCheckChar(s.slice(0, 17)) !== s[17]) return 'checksum';
  return null;
}

/** Appends the GB 11643 check character (0-9 or X). Throws unless given 17 digits. */
export function makeIdNumber(first17: string): string {
  if (!/^\d{17}$/.test(first17)) throw new RangeError('makeIdNumber: need 17 digits');
  return first17 + idCheckChar(first17);
}

// ---------------------------------------------------------------------------
// Mainland mobile numbers
// ---------------------------------------------------------------------------

export function mobileIssue(s: string): 'format' | null {
  return /^1[3-9]\d{9}$/.test(s) ? null : 'format';
}

// ---------------------------------------------------------------------------
// Masks (for display and logs)
// ---------------------------------------------------------------------------

/** Keeps `head` leading and `tail` trailing characters; too-short input is fully masked. */
function maskMiddle(s: string, head: number, tail: number): string {
  const chars = Array.from(s);
  if (chars.length <= head + tail) return '*'.repeat(chars.length);
  const middle = '*'.repeat(chars.length - head - tail);
  return chars.slice(0, head).join('') + middle + chars.slice(chars.length - tail).join('');
}

/** '13812345678' → '138****5678' */
export function maskMobile(s: string): string {
  return maskMiddle(s, 3, 4);
}

/** '110101199003071234' → '110***********1234' */
export function maskIdNumber(s: string): string {
  return maskMiddle(s, 3, 4);
}

/** '张三丰' → '张**'; a one-character name is fully masked. */
export function maskName(s: string): string {
  const chars = Array.from(s);
  if (chars.length <= 1) return '*'.repeat(chars.length);
  return chars[0] + '*'.repeat(chars.length - 1);
}

// ---------------------------------------------------------------------------
// zod schemas (messages are i18n keys)
// ---------------------------------------------------------------------------

export const mobileSchema = z
  .string()
  .refine((s) => mobileIssue(s) === null, { error: 'validation.mobile.format' });

export const creditCodeSchema = z.string().superRefine((s, ctx) => {
  const issue = creditCodeIssue(s);
  if (issue) ctx.addIssue({ code: 'custom', message: `validation.creditCode.${issue}` });
});

/** `today` is 'YYYY-MM-DD' in Asia/Shanghai (ID numbers with a later birth date are rejected). */
export function idNumberSchema(today: string) {
  return z.string().superRefine((s, ctx) => {
    const issue = idNumberIssue(s, today);
    if (issue) ctx.addIssue({ code: 'custom', message: `validation.idNumber.${issue}` });
  });
}
