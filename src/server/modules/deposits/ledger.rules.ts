/**
 * The ledger's rules, pure: which accounts a business event moves, and whether a set of
 * entries may be posted. Debits are positive, credits negative; every transaction sums to zero.
 */
export type Normal = 'debit' | 'credit';
export type AccountSpec = {
  id: string;
  providerId: string | null;
  kind: string;
  normal: Normal;
  allowNegative: boolean;
};
export type Entry = { accountId: string; amount: number };

export const providerAccount = (
  providerId: string,
  kind: 'available' | 'held' | 'pending_out',
): AccountSpec => ({
  id: `${providerId}:${kind}`,
  providerId,
  kind,
  normal: 'credit',
  allowNegative: false,
});

const platform = (kind: string, normal: Normal): AccountSpec => ({
  id: `platform:${kind}`,
  providerId: null,
  kind,
  normal,
  allowNegative: true,
});
export const PLATFORM = {
  gateway: platform('gateway_clearing', 'debit'),
  bank: platform('bank', 'debit'),
  penalties: platform('penalty_income', 'credit'),
  refunds: platform('refunds_payable', 'credit'),
};

export type Posting = { kind: string; accounts: AccountSpec[]; entries: Entry[]; amount: number };

const move = (kind: string, amount: number, debit: AccountSpec, credit: AccountSpec): Posting => {
  if (!Number.isSafeInteger(amount) || amount <= 0)
    throw new RangeError(`amount must be a positive integer fen: ${amount}`);
  return {
    kind,
    amount,
    accounts: [debit, credit],
    entries: [
      { accountId: debit.id, amount },
      { accountId: credit.id, amount: -amount },
    ],
  };
};

export const postings = {
  /** Money arrives (gateway or bank) for a provider's deposit: available goes up. */
  recharge: (p: string, amount: number, via: 'gateway' | 'bank') =>
    move(
      'recharge',
      amount,
      via === 'gateway' ? PLATFORM.gateway : PLATFORM.bank,
      providerAccount(p, 'available'),
    ),
  hold: (p: string, amount: number) =>
    move('hold', amount, providerAccount(p, 'available'), providerAccount(p, 'held')),
  release: (p: string, amount: number) =>
    move('release', amount, providerAccount(p, 'held'), providerAccount(p, 'available')),
  withdraw: (p: string, amount: number, via: 'gateway' | 'bank') =>
    move(
      'withdraw',
      amount,
      providerAccount(p, 'available'),
      via === 'gateway' ? PLATFORM.gateway : PLATFORM.bank,
    ),
  deduct: (p: string, amount: number, from: 'held' | 'available') =>
    move('deduct', amount, providerAccount(p, from), PLATFORM.penalties),
  /** A payment that arrived after its order closed: owed back to the payer, never to the deposit. */
  latePayment: (amount: number) => move('late_payment', amount, PLATFORM.gateway, PLATFORM.refunds),
  refundPaid: (amount: number) => move('refund', amount, PLATFORM.refunds, PLATFORM.gateway),
};

/** How an entry changes an account's balance in its normal direction. */
export const balanceDelta = (normal: Normal, amount: number) =>
  normal === 'debit' ? amount : -amount;

export type Balances = Map<string, number>;

/**
 * Applies a posting to balances, or explains why it may not be posted. Returns the new balances
 * (the input is not changed).
 */
export function applyPosting(
  balances: Balances,
  p: Posting,
):
  | { ok: true; balances: Balances }
  | { ok: false; reason: 'unbalanced' | 'insufficient'; accountId?: string } {
  if (p.entries.reduce((s, e) => s + e.amount, 0) !== 0) return { ok: false, reason: 'unbalanced' };
  const next = new Map(balances);
  for (const e of p.entries) {
    const spec = p.accounts.find((a) => a.id === e.accountId)!;
    const v = (next.get(e.accountId) ?? 0) + balanceDelta(spec.normal, e.amount);
    if (v < 0 && !spec.allowNegative)
      return { ok: false, reason: 'insufficient', accountId: e.accountId };
    next.set(e.accountId, v);
  }
  return { ok: true, balances: next };
}

/** The deposit a provider must keep, by the policy's rule (SPEC §1). */
export function requiredDeposit(rule: 'highest' | 'sum', amounts: number[]): number {
  if (!amounts.length) return 0;
  return rule === 'highest' ? Math.max(...amounts) : amounts.reduce((s, a) => s + a, 0);
}

/**
 * Under the "highest" rule one hold covers every category: how much to hold (positive) or
 * release (negative) so that held = min(required, held + available).
 */
export function holdAdjustment(required: number, held: number, available: number): number {
  const target = Math.min(required, held + available);
  return target - held;
}

export const SUSPENSE: AccountSpec = {
  id: 'platform:bank_suspense',
  providerId: null,
  kind: 'bank_suspense',
  normal: 'credit',
  allowNegative: false,
};

export const bankPostings = {
  /** A transfer that matched no provider: the bank holds it, owed to whoever sent it. */
  received: (amount: number) => move('bank_unmatched', amount, PLATFORM.bank, SUSPENSE),
  /** An operator matched it to a provider's deposit. */
  matched: (p: string, amount: number) =>
    move('recharge', amount, SUSPENSE, providerAccount(p, 'available')),
  /** Sent back to the payer (after a second operator approved). */
  returned: (amount: number) => move('bank_return', amount, SUSPENSE, PLATFORM.bank),
};

/** A statement line is credited at once only when the payer is the company and the reference is its own. */
export function matchTransfer(
  line: { payerName: string; memo: string },
  candidates: Array<{ providerId: string; code: string; companyName: string }>,
): { providerId: string } | { reason: 'no_reference' | 'payer_mismatch' } {
  const hit = candidates.find((c) => line.memo.toUpperCase().includes(c.code));
  if (!hit) return { reason: 'no_reference' };
  const norm = (s: string) => s.replace(/[\s()（）]/g, '');
  if (norm(line.payerName) !== norm(hit.companyName)) return { reason: 'payer_mismatch' };
  return { providerId: hit.providerId };
}

/** Money leaving: first set aside (so it cannot be spent twice), then paid out or put back. */
export const outPostings = {
  reserve: (p: string, amount: number, from: 'available' | 'held') =>
    move('out_reserve', amount, providerAccount(p, from), providerAccount(p, 'pending_out')),
  withdrawn: (p: string, amount: number) =>
    move('withdraw', amount, providerAccount(p, 'pending_out'), PLATFORM.gateway),
  deducted: (p: string, amount: number) =>
    move('deduct', amount, providerAccount(p, 'pending_out'), PLATFORM.penalties),
  cancelled: (p: string, amount: number, to: 'available' | 'held') =>
    move('out_cancel', amount, providerAccount(p, 'pending_out'), providerAccount(p, to)),
};

/** What a provider is owed for market sales, until it is settled (credit-normal, never negative). */
export const salesReceivable = (providerId: string): AccountSpec => ({
  id: `${providerId}:sales_receivable`,
  providerId,
  kind: 'sales_receivable',
  normal: 'credit',
  allowNegative: false,
});
const COMMISSION = platform('commission_income', 'credit');

const split = (kind: string, p: string, price: number, commission: number, sign: 1 | -1) => {
  if (!Number.isSafeInteger(price) || price <= 0 || commission < 0 || commission > price)
    throw new RangeError(`bad sale amounts: ${price} / ${commission}`);
  const entries: Entry[] = [
    { accountId: PLATFORM.gateway.id, amount: sign * price },
    { accountId: salesReceivable(p).id, amount: -sign * (price - commission) },
  ];
  if (commission > 0) entries.push({ accountId: COMMISSION.id, amount: -sign * commission });
  return {
    kind,
    amount: price,
    accounts: [PLATFORM.gateway, salesReceivable(p), COMMISSION],
    entries: entries.filter((e) => e.amount !== 0),
  };
};

/** A market sale: the merchant's payment clears through the gateway into the provider's receivable and the platform's commission. */
export const salePostings = {
  sale: (p: string, price: number, commission: number): Posting =>
    split('market_sale', p, price, commission, 1),
  /** A refund reverses the sale exactly (the commission goes back too). */
  refund: (p: string, price: number, commission: number): Posting =>
    split('market_refund', p, price, commission, -1),
};
