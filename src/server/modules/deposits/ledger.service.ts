import { randomInt } from 'node:crypto';
import type { Actor } from '../../platform/context';
import { actorId } from '../../platform/context';
import { isCheckViolation, type Executor } from '../../platform/db';
import { AppError } from '../../platform/errors';
import { newId } from '../../platform/ids';
import { recordAudit } from '../audit';
import * as repo from './ledger.repo';
import { balanceDelta, type Posting } from './ledger.rules';

const VOUCHER_CHARS = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
const voucherCode = () =>
  Array.from({ length: 12 }, () => VOUCHER_CHARS[randomInt(VOUCHER_CHARS.length)]).join('');

export type PostResult =
  { posted: true; transactionId: string } | { posted: false; transactionId: string };

/**
 * Posts a ledger transaction inside the caller's database transaction. Idempotent by
 * `reference`: a second post with the same reference changes nothing and says so. Balances move
 * by conditional updates in a fixed account order; a provider overdraft fails with
 * DEPOSITS.INSUFFICIENT_AVAILABLE and (the caller's transaction being rolled back) writes nothing.
 */
export async function postLedger(
  tx: Executor,
  now: Date,
  actor: Actor,
  input: {
    posting: Posting;
    providerId: string | null;
    reference: string;
    memo?: string;
    detail?: Record<string, unknown>;
  },
): Promise<PostResult> {
  const { posting } = input;
  await repo.ensureAccounts(tx, posting.accounts, now);
  const id = newId('ltx');
  const fresh = await repo.insertTransaction(tx, {
    id,
    providerId: input.providerId,
    kind: posting.kind,
    reference: input.reference,
    amount: posting.amount,
    memo: input.memo ?? '',
    detail: input.detail ?? {},
    voucherCode: voucherCode(),
    createdBy: actorId(actor),
    createdAt: now,
  });
  if (!fresh) {
    const existing = await repo.findTransactionByReference(tx, input.reference);
    return { posted: false, transactionId: existing!.id };
  }
  const ordered = [...posting.entries].sort((a, b) => a.accountId.localeCompare(b.accountId));
  try {
    for (const e of ordered) {
      const spec = posting.accounts.find((a) => a.id === e.accountId)!;
      await repo.addToBalance(tx, e.accountId, balanceDelta(spec.normal, e.amount), now);
    }
  } catch (e) {
    if (isCheckViolation(e))
      throw new AppError('DEPOSITS.INSUFFICIENT_AVAILABLE', 409, {
        params: { amount: posting.amount },
      });
    throw e;
  }
  await repo.insertEntries(
    tx,
    id,
    posting.entries.map((e) => ({ ...e, id: newId('len') })),
    now,
  );
  await recordAudit(tx, now, actor, {
    action: `ledger.${posting.kind}`,
    targetType: 'ledger_transaction',
    targetId: id,
    detail: { providerId: input.providerId, amount: posting.amount, reference: input.reference },
  });
  return { posted: true, transactionId: id };
}
