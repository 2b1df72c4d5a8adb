import type { AppContext, Actor } from '../../platform/context';
import type { Executor } from '../../platform/db';
import { AppError, forbidden, notFound } from '../../platform/errors';
import { newId, randomDigits, randomToken, sha256 } from '../../platform/ids';
import { shanghaiDayStart } from '../../platform/calendar';
import { checkCodeSend, checkLiveCode, codeError } from '../../platform/one-time-codes';
import { enqueueNotice } from '../notifications';
import { recordAudit } from '../audit';
import { maskMobile } from '../../../contracts/validators';
import type { OperatorRole } from '../../../contracts/common';
import * as repo from './accounts.repo';
import * as rules from './accounts.rules';
import { verifyPassword, verifyTotp } from './accounts.crypto';

export type NewSession = { token: string; expiresAt: Date };
type AccountRole = 'provider' | 'merchant';

const codeHash = (mobile: string, code: string) => sha256(`sms:${mobile}:${code}`);

export async function sendSmsCode(ctx: AppContext, mobile: string) {
  const now = ctx.clock.now();
  return ctx.db.transaction(async (tx) => {
    const stats = await repo.smsStats(tx, mobile, shanghaiDayStart(now));
    checkCodeSend(now, stats.lastSentAt, stats.sentSince, rules.SMS_SEND_LIMITS);
    const code = randomDigits(6);
    await repo.insertSmsCode(tx, {
      id: newId('sms'),
      mobile,
      codeHash: codeHash(mobile, code),
      createdAt: now,
      expiresAt: new Date(now.getTime() + rules.SMS_CODE_TTL_MS),
    });
    await enqueueNotice(tx, now, {
      channel: 'sms',
      recipient: mobile,
      template: 'sms.signInCode',
      params: { code },
    });
    return {
      cooldownSeconds: rules.SMS_COOLDOWN_MS / 1000,
      expiresInSeconds: rules.SMS_CODE_TTL_MS / 1000,
    };
  });
}

async function createSession(
  ctx: AppContext,
  kind: string,
  actorId: string,
  ttl: number,
  replaced?: string,
) {
  const now = ctx.clock.now();
  const token = randomToken();
  const expiresAt = new Date(now.getTime() + ttl);
  if (replaced) await repo.deleteSession(ctx.db, sha256(replaced));
  await repo.insertSession(ctx.db, {
    idHash: sha256(token),
    actorKind: kind,
    actorId,
    createdAt: now,
    expiresAt,
  });
  return { token, expiresAt };
}

/** Checks a code; on success signs the number in (creating its account) with a fresh session. */
export async function signInWithSms(
  ctx: AppContext,
  input: { mobile: string; code: string; role: AccountRole },
  oldToken?: string,
): Promise<NewSession> {
  const now = ctx.clock.now();
  const live = await checkLiveCode(
    await repo.findLiveSmsCode(ctx.db, input.mobile),
    codeHash(input.mobile, input.code),
    now,
    rules.SMS_MAX_ATTEMPTS,
    (id) => repo.countWrongTry(ctx.db, id, rules.SMS_MAX_ATTEMPTS, now),
  );
  const account = await ctx.db.transaction(async (tx) => {
    if (!(await repo.useSmsCode(tx, live.id, now))) throw codeError('AUTH.SMS_CODE_EXPIRED');
    const acc = await repo.upsertAccount(tx, {
      id: newId('acc'),
      mobile: input.mobile,
      createdAt: now,
    });
    await repo.touchAccountSignIn(tx, acc.id, now);
    return acc;
  });
  return createSession(ctx, input.role, account.id, rules.SESSION_TTL_MS.account, oldToken);
}

export async function signInOperator(
  ctx: AppContext,
  input: { username: string; password: string; totp: string },
  oldToken?: string,
): Promise<NewSession> {
  const now = ctx.clock.now();
  const op = await repo.findOperatorByUsername(ctx.db, input.username);
  const invalid = () => new AppError('AUTH.OPERATOR_INVALID', 401);
  if (!op) throw invalid();
  if (rules.isOperatorLocked(now, op.lockedUntil)) throw new AppError('AUTH.OPERATOR_LOCKED', 429);
  const ok =
    (await verifyPassword(input.password, op.passwordHash)) &&
    verifyTotp(input.totp, op.totpSecret, now);
  if (!ok) {
    const lock = op.failedAttempts + 1 >= rules.OPERATOR_MAX_FAILURES;
    await repo.recordOperatorFailure(
      ctx.db,
      op.id,
      lock ? new Date(now.getTime() + rules.OPERATOR_LOCK_MS) : null,
    );
    throw invalid();
  }
  await ctx.db.transaction(async (tx) => {
    await repo.resetOperatorFailures(tx, op.id);
    await recordAudit(
      tx,
      now,
      {
        kind: 'operator',
        operatorId: op.id,
        username: op.username,
        roles: op.roles as OperatorRole[],
      },
      {
        action: 'operator.sign_in',
        targetType: 'operator',
        targetId: op.id,
      },
    );
  });
  return createSession(ctx, 'operator', op.id, rules.SESSION_TTL_MS.operator, oldToken);
}

export async function signOut(ctx: AppContext, token: string | undefined) {
  if (token) await repo.deleteSession(ctx.db, sha256(token));
}

/** The actor behind a session token, or null when it is unknown or expired. */
export async function resolveSession(
  ctx: AppContext,
  token: string | undefined,
): Promise<Actor | null> {
  if (!token) return null;
  const s = await repo.findSession(ctx.db, sha256(token));
  if (!s || s.expiresAt.getTime() <= ctx.clock.now().getTime()) return null;
  if (s.actorKind === 'operator') {
    const op = await repo.findOperatorById(ctx.db, s.actorId);
    return op
      ? {
          kind: 'operator',
          operatorId: op.id,
          username: op.username,
          roles: op.roles as OperatorRole[],
        }
      : null;
  }
  const acc = await repo.findAccountById(ctx.db, s.actorId);
  if (!acc) return null;
  const kind: AccountRole = s.actorKind === 'merchant' ? 'merchant' : 'provider';
  return { kind, accountId: acc.id, mobile: acc.mobile };
}

export function describeActor(actor: Actor | null) {
  if (!actor || actor.kind === 'system') return null;
  if (actor.kind === 'operator') {
    return {
      kind: 'operator' as const,
      operatorId: actor.operatorId,
      username: actor.username,
      roles: actor.roles,
    };
  }
  return {
    kind: actor.kind,
    accountId: actor.accountId,
    mobileMasked: maskMobile(actor.mobile),
  } as const;
}

// ---- QR sign-in: the desktop shows a code, a signed-in phone session confirms it ----

export async function startQr(ctx: AppContext, role: AccountRole, origin: string) {
  const now = ctx.clock.now();
  const browserSecret = randomToken();
  const id = newId('qr');
  const expiresAt = new Date(now.getTime() + rules.QR_TTL_MS);
  await repo.insertQr(ctx.db, {
    id,
    browserHash: sha256(browserSecret),
    role,
    status: 'pending',
    accountId: null,
    createdAt: now,
    expiresAt,
  });
  const confirmUrl = `${origin}/m/qr/${id}`;
  const { default: QRCode } = await import('qrcode'); // on first use, not at every start
  const qrSvg = await QRCode.toString(confirmUrl, { type: 'svg', margin: 1 });
  return { id, confirmUrl, qrSvg, expiresAt, browserSecret };
}

export async function confirmQr(ctx: AppContext, actor: Actor, id: string) {
  if (actor.kind !== 'provider' && actor.kind !== 'merchant') throw forbidden();
  const qr = await repo.findQr(ctx.db, id);
  if (!qr) throw notFound('AUTH.QR_NOT_FOUND');
  if (qr.expiresAt.getTime() <= ctx.clock.now().getTime())
    throw new AppError('AUTH.QR_EXPIRED', 410);
  if (!(await repo.moveQr(ctx.db, id, 'pending', 'confirmed', actor.accountId)))
    throw notFound('AUTH.QR_NOT_FOUND');
}

/** The desktop polls; the browser that made the code (and only it) gets the session, once. */
export async function pollQr(
  ctx: AppContext,
  id: string,
  browserSecret: string | undefined,
  oldToken?: string,
) {
  const qr = await repo.findQr(ctx.db, id);
  if (!qr || !browserSecret || qr.browserHash !== sha256(browserSecret))
    throw notFound('AUTH.QR_NOT_FOUND');
  if (qr.status === 'pending' && qr.expiresAt.getTime() <= ctx.clock.now().getTime()) {
    return { status: 'expired' as const, session: null };
  }
  if (qr.status !== 'confirmed')
    return { status: qr.status as 'pending' | 'consumed', session: null };
  const moved = await repo.moveQr(ctx.db, id, 'confirmed', 'consumed');
  if (!moved || !moved.accountId) return { status: 'consumed' as const, session: null };
  const session = await createSession(
    ctx,
    qr.role,
    moved.accountId,
    rules.SESSION_TTL_MS.account,
    oldToken,
  );
  return { status: 'confirmed' as const, session };
}

/** An account by id; pass the open transaction when inside one (PGlite runs one at a time). */
export async function getAccount(ctx: AppContext, id: string, ex: Executor = ctx.db) {
  return repo.findAccountById(ex, id);
}
