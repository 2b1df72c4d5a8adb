import type { Actor, AppContext } from '../../platform/context';
import { AppError, invalid } from '../../platform/errors';
import { newId, randomDigits, sha256 } from '../../platform/ids';
import { shanghaiDate } from '../../platform/calendar';
import { enqueueNotice } from '../notifications';
import type { ProviderProfile } from '../onboarding';
import * as repo from './certification.repo';
import * as rules from './certification.rules';
import { certifiable, reviewDeadline, submitInTx } from './certification.service';

type Identity = { name: string; idNumber: string; mobile: string };

/** A code is bound to the provider, the mobile and the identity it confirms. */
const codeHash = (providerId: string, i: Identity, code: string) =>
  sha256(`cert:${providerId}:${i.mobile}:${i.idNumber.toUpperCase()}:${code}`);

function checkIdentity(ctx: AppContext, profile: ProviderProfile, i: Identity) {
  const errors = rules.legalIdentityIssues(i, profile.company, shanghaiDate(ctx.clock.now()));
  if (Object.keys(errors).length) throw invalid(errors);
}

/** Shanghai midnight of `now`, for the daily limit. */
function dayStart(now: Date): Date {
  const offset = 8 * 3600 * 1000;
  const local = now.getTime() + offset;
  return new Date(local - (local % 86_400_000) - offset);
}

/**
 * Legal-person certification, step 1: the registered legal representative's name and ID number,
 * and a mobile that receives a 6-digit code (5 minutes, single use, 1 a minute, 10 a day).
 */
export async function sendLegalCode(ctx: AppContext, actor: Actor | null, i: Identity) {
  const { profile } = await certifiable(ctx, actor);
  checkIdentity(ctx, profile, i);
  const now = ctx.clock.now();
  return ctx.db.transaction(async (tx) => {
    const stats = await repo.codeStats(tx, profile.providerId, dayStart(now));
    const d = rules.decideCodeSend(now, stats.lastSentAt, stats.sentSince);
    if (!d.ok) throw new AppError(d.code, 429, { params: d.params, fields: { mobile: d.code } });
    const code = randomDigits(6);
    await repo.insertCode(tx, {
      id: newId('ccd'),
      providerId: profile.providerId,
      mobile: i.mobile,
      codeHash: codeHash(profile.providerId, i, code),
      createdAt: now,
      expiresAt: new Date(now.getTime() + rules.CODE_TTL_MS),
    });
    await enqueueNotice(tx, now, {
      channel: 'sms',
      recipient: i.mobile,
      template: 'sms.certificationCode',
      params: { code, company: profile.companyName },
    });
    return {
      cooldownSeconds: rules.CODE_COOLDOWN_MS / 1000,
      expiresInSeconds: rules.CODE_TTL_MS / 1000,
    };
  });
}

/** Step 2: the code confirms the identity; the certification goes to review. */
export async function submitLegalCertification(
  ctx: AppContext,
  actor: Actor | null,
  b: Identity & { code: string },
) {
  const { who, profile } = await certifiable(ctx, actor);
  checkIdentity(ctx, profile, b);
  const now = ctx.clock.now();
  const codeErr = (code: string) => new AppError(code, 400, { fields: { code } });
  const live = await repo.findLiveCode(ctx.db, profile.providerId, b.mobile);
  if (!live || live.expiresAt.getTime() <= now.getTime()) throw codeErr('AUTH.SMS_CODE_EXPIRED');
  if (live.codeHash !== codeHash(profile.providerId, b, b.code)) {
    const attempts = await repo.countWrongTry(ctx.db, live.id, rules.CODE_MAX_ATTEMPTS, now);
    throw codeErr(
      attempts >= rules.CODE_MAX_ATTEMPTS ? 'AUTH.SMS_CODE_BURNED' : 'AUTH.SMS_CODE_INVALID',
    );
  }
  const by = await reviewDeadline(ctx);
  await ctx.db.transaction(async (tx) => {
    if (!(await repo.useCode(tx, live.id, now))) throw codeErr('AUTH.SMS_CODE_EXPIRED');
    await submitInTx(tx, now, {
      who,
      profile,
      method: 'legal_person',
      data: {
        name: b.name.trim(),
        idNumber: b.idNumber.toUpperCase(),
        mobile: b.mobile,
        verifiedAt: now.toISOString(),
      },
      expectedBy: by.date,
    });
  });
  return { state: 'submitted' as const, expectedBy: by.date };
}
