import { randomInt } from 'node:crypto';
import type { Actor, AppContext } from '../../platform/context';
import { actorId } from '../../platform/context';
import { AppError, invalid, notFound } from '../../platform/errors';
import { requireOperator } from '../../platform/guards';
import { newId } from '../../platform/ids';
import { isUniqueViolation } from '../../platform/db';
import { recordAudit } from '../audit';
import * as repo from './bank.repo';
import { parseStatement } from './bank.csv';
import { bankPostings, matchTransfer, postings } from './ledger.rules';
import { postLedger } from './ledger.service';

const REF_CHARS = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';
const REF_PATTERN = /FW[2-9A-HJ-NP-Z]{8}/g;

/** The provider's remittance reference, made on first use. */
export async function remittanceCode(ctx: AppContext, providerId: string): Promise<string> {
  for (let attempt = 0; attempt < 5; attempt++) {
    const found = await repo.findRef(ctx.db, providerId);
    if (found) return found.code;
    const code = `FW${Array.from({ length: 8 }, () => REF_CHARS[randomInt(REF_CHARS.length)]).join('')}`;
    try {
      await repo.insertRef(ctx.db, { providerId, code, createdAt: ctx.clock.now() });
    } catch (e) {
      if (!isUniqueViolation(e)) throw e;
    }
  }
  throw new Error('could not allocate a remittance reference');
}

type CompanyOf = (providerId: string) => Promise<string | null>;

/**
 * Imports a bank statement: each transfer is recorded once (by the bank's transaction id); one
 * whose payer is the registered company and whose memo carries its reference is credited to the
 * deposit at once, every other waits in the bank's suspense account for an operator.
 */
export async function importStatement(
  ctx: AppContext,
  actor: Actor | null,
  file: { name: string; csv: string },
  companyOf: CompanyOf,
) {
  const op = requireOperator(actor, 'finance');
  const parsed = parseStatement(file.csv);
  if ('errors' in parsed) throw invalid(parsed.errors, 'DEPOSITS.STATEMENT_INVALID');
  const codes = [
    ...new Set(parsed.lines.flatMap((l) => l.memo.toUpperCase().match(REF_PATTERN) ?? [])),
  ];
  const refs = await repo.refsByCodes(ctx.db, codes);
  const candidates = await Promise.all(
    refs.map(async (r) => ({
      providerId: r.providerId,
      code: r.code,
      companyName: (await companyOf(r.providerId)) ?? '',
    })),
  );
  const now = ctx.clock.now();
  const summary = { rows: parsed.lines.length, credited: 0, unmatched: 0, duplicates: 0 };
  await ctx.db.transaction(async (tx) => {
    const statementId = newId('bst');
    await repo.insertStatement(tx, {
      id: statementId,
      fileName: file.name.slice(0, 200),
      importedBy: op.operatorId,
      rows: parsed.lines.length,
      importedAt: now,
    });
    for (const line of parsed.lines) {
      const m = matchTransfer(line, candidates);
      const id = newId('bkc');
      const fresh = await repo.insertCredit(tx, {
        id,
        statementId,
        ...line,
        state: 'providerId' in m ? 'credited' : 'unmatched',
        providerId: 'providerId' in m ? m.providerId : null,
        reason: 'reason' in m ? m.reason : null,
        requestedBy: null,
        decidedBy: null,
        createdAt: now,
      });
      if (!fresh) {
        summary.duplicates++;
        continue;
      }
      const posting =
        'providerId' in m
          ? postings.recharge(m.providerId, line.amountFen, 'bank')
          : bankPostings.received(line.amountFen);
      const providerId = 'providerId' in m ? m.providerId : null;
      await postLedger(tx, now, op, {
        posting,
        providerId,
        reference: `bank:${line.bankTxnId}`,
        memo: `银行转账 ${line.payerName}`,
        detail: { creditId: id },
      });
      if (providerId) summary.credited++;
      else summary.unmatched++;
    }
    await recordAudit(tx, now, op, {
      action: 'deposits.statement_import',
      targetType: 'bank_statement',
      targetId: statementId,
      detail: summary,
    });
  });
  return summary;
}

export async function listBankCredits(ctx: AppContext, actor: Actor | null, state?: string) {
  requireOperator(actor, 'finance');
  const rows = await repo.listCredits(ctx.db, state);
  return rows.map((r) => ({ ...r, createdAt: r.createdAt.toISOString() }));
}

/** An operator credits an unmatched transfer to a provider (e.g. a reference typed wrongly). */
export async function matchBankCredit(
  ctx: AppContext,
  actor: Actor | null,
  id: string,
  providerId: string,
) {
  const op = requireOperator(actor, 'finance');
  const now = ctx.clock.now();
  await ctx.db.transaction(async (tx) => {
    const c = await repo.moveCredit(tx, id, 'unmatched', {
      state: 'credited',
      providerId,
      decidedBy: op.operatorId,
    });
    if (!c) throw new AppError('DEPOSITS.CREDIT_NOT_OPEN', 409);
    await postLedger(tx, now, op, {
      posting: bankPostings.matched(providerId, c.amountFen),
      providerId,
      reference: `bankmatch:${id}`,
      memo: `银行转账（人工匹配）${c.payerName}`,
    });
  });
}

/** Money leaving needs two operators: one asks for the return, another approves it. */
export async function requestBankReturn(
  ctx: AppContext,
  actor: Actor | null,
  id: string,
  reason: string,
) {
  const op = requireOperator(actor, 'finance');
  const moved = await repo.moveCredit(ctx.db, id, 'unmatched', {
    state: 'return_requested',
    requestedBy: op.operatorId,
    reason,
  });
  if (!moved) throw new AppError('DEPOSITS.CREDIT_NOT_OPEN', 409);
  await recordAudit(ctx.db, ctx.clock.now(), op, {
    action: 'deposits.return_request',
    targetType: 'bank_credit',
    targetId: id,
    detail: { reason },
  });
}

export async function approveBankReturn(ctx: AppContext, actor: Actor | null, id: string) {
  const op = requireOperator(actor, 'finance');
  const c = await repo.findCredit(ctx.db, id);
  if (!c) throw notFound();
  if (c.requestedBy === op.operatorId) throw new AppError('DEPOSITS.SECOND_OPERATOR_REQUIRED', 409);
  const now = ctx.clock.now();
  await ctx.db.transaction(async (tx) => {
    const moved = await repo.moveCredit(tx, id, 'return_requested', {
      state: 'returned',
      decidedBy: actorId(op),
    });
    if (!moved) throw new AppError('DEPOSITS.CREDIT_NOT_OPEN', 409);
    await postLedger(tx, now, op, {
      posting: bankPostings.returned(c.amountFen),
      providerId: null,
      reference: `bankreturn:${id}`,
      memo: `退回付款人 ${c.payerName}`,
    });
  });
}
