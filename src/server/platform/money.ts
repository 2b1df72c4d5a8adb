/**
 * Integer fen as a yuan amount with exactly two decimals ("20000.00", "-0.05"), by integer
 * arithmetic so no float rounding can creep in. Callers add "¥" where they show a currency sign.
 */
export function formatYuan(fen: number): string {
  if (!Number.isSafeInteger(fen)) throw new Error(`formatYuan: not an integer fen amount: ${fen}`);
  const abs = Math.abs(fen);
  return `${fen < 0 ? '-' : ''}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}
