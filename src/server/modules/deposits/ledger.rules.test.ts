import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  applyPosting,
  balanceDelta,
  holdAdjustment,
  postings,
  requiredDeposit,
  type Balances,
  type Posting,
} from './ledger.rules';

type Cmd =
  | { t: 'recharge'; p: number; a: number; via: 'gateway' | 'bank' }
  | { t: 'hold' | 'release' | 'withdraw'; p: number; a: number }
  | { t: 'deduct'; p: number; a: number; from: 'held' | 'available' }
  | { t: 'late'; a: number }
  | { t: 'refund'; a: number };

const amount = fc.integer({ min: 1, max: 5_000_000 });
const prov = fc.integer({ min: 0, max: 2 });
const cmd: fc.Arbitrary<Cmd> = fc.oneof(
  fc.record({
    t: fc.constant('recharge' as const),
    p: prov,
    a: amount,
    via: fc.constantFrom('gateway' as const, 'bank' as const),
  }),
  fc.record({
    t: fc.constantFrom('hold' as const, 'release' as const, 'withdraw' as const),
    p: prov,
    a: amount,
  }),
  fc.record({
    t: fc.constant('deduct' as const),
    p: prov,
    a: amount,
    from: fc.constantFrom('held' as const, 'available' as const),
  }),
  fc.record({ t: fc.constant('late' as const), a: amount }),
  fc.record({ t: fc.constant('refund' as const), a: amount }),
);

function toPosting(c: Cmd): Posting {
  const p = 'p' in c ? `prv_${c.p}` : '';
  switch (c.t) {
    case 'recharge':
      return postings.recharge(p, c.a, c.via);
    case 'hold':
      return postings.hold(p, c.a);
    case 'release':
      return postings.release(p, c.a);
    case 'withdraw':
      return postings.withdraw(p, c.a, 'gateway');
    case 'deduct':
      return postings.deduct(p, c.a, c.from);
    case 'late':
      return postings.latePayment(c.a);
    case 'refund':
      return postings.refundPaid(c.a);
  }
}

describe('ledger rules (property)', () => {
  it('1,000 runs × 50 random commands keep every invariant', () => {
    fc.assert(
      fc.property(fc.array(cmd, { minLength: 50, maxLength: 50 }), (cmds) => {
        let balances: Balances = new Map();
        const journal: Array<{ accountId: string; amount: number; normal: 'debit' | 'credit' }> =
          [];
        for (const c of cmds) {
          const posting = toPosting(c);
          expect(posting.entries.reduce((s, e) => s + e.amount, 0)).toBe(0);
          const res = applyPosting(balances, posting);
          if (!res.ok) {
            expect(res.reason).toBe('insufficient');
            continue;
          }
          balances = res.balances;
          for (const e of posting.entries) {
            journal.push({
              ...e,
              normal: posting.accounts.find((a) => a.id === e.accountId)!.normal,
            });
          }
        }
        // the whole journal sums to zero
        expect(journal.reduce((s, e) => s + e.amount, 0)).toBe(0);
        for (const [id, bal] of balances) {
          // balance = sum of its entries (in the account's normal direction)
          const sum = journal
            .filter((e) => e.accountId === id)
            .reduce((s, e) => s + balanceDelta(e.normal, e.amount), 0);
          expect(bal).toBe(sum);
          // provider accounts (available, held) never go below zero
          if (id.startsWith('prv_')) expect(bal).toBeGreaterThanOrEqual(0);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('refuses an overdraft of available and leaves balances untouched', () => {
    const start: Balances = new Map([['prv_1:available', 100]]);
    const res = applyPosting(start, postings.hold('prv_1', 101));
    expect(res).toEqual({ ok: false, reason: 'insufficient', accountId: 'prv_1:available' });
    expect(start.get('prv_1:available')).toBe(100);
  });

  it('refuses amounts that are not positive whole fen', () => {
    expect(() => postings.recharge('p', 0, 'bank')).toThrow(RangeError);
    expect(() => postings.recharge('p', 1.5, 'bank')).toThrow(RangeError);
  });
});

describe('deposit rules', () => {
  it('kuaishou keeps the highest category deposit, xiaohongshu the sum', () => {
    expect(requiredDeposit('highest', [1_000_000, 2_000_000, 1_000_000])).toBe(2_000_000);
    expect(requiredDeposit('sum', [1_000_000, 2_000_000, 1_000_000])).toBe(4_000_000);
    expect(requiredDeposit('highest', [])).toBe(0);
  });
  it('holds up to what is required and releases what is above it', () => {
    expect(holdAdjustment(2_000_000, 0, 3_000_000)).toBe(2_000_000);
    expect(holdAdjustment(2_000_000, 0, 500_000)).toBe(500_000);
    expect(holdAdjustment(1_000_000, 2_000_000, 0)).toBe(-1_000_000);
    expect(holdAdjustment(2_000_000, 2_000_000, 7)).toBe(0);
  });
});
