import type { Actor, AppContext } from '../../platform/context';
import { invalid } from '../../platform/errors';
import { newId, randomDigits, sha256 } from '../../platform/ids';
import { shanghaiDate, shanghaiDayStart } from '../../platform/calendar';
import { checkCodeSend, checkLiveCode, codeError } from '../../platform/one-time-codes';
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

/**
 * Legal-person certification, step 1: the registered legal representative's name and ID number,
 * and a mobile that receives a 6-digit code (5 minutes, single use, 1 a minute, 10 a day).
 */
export async function sendLegalCode(ctx: AppContext, actor: Actor | null, i: Identity) {
  const { profile } = await certifiable(ctx, actor);
  checkIdentity(ctx, profile, i);
  const now = ctx.clock.now();
  return ctx.db.transaction(async (tx) => {
    const stats = await repo.codeStats(tx, profile.providerId, shanghaiDayStart(now));
    checkCodeSend(now, stats.lastSentAt, stats.sentSince, rules.CODE_SEND_LIMITS);
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
  const live = await checkLiveCode(
    await repo.findLiveCode(ctx.db, profile.providerId, b.mobile),
    codeHash(profile.providerId, b, b.code),
    now,
    rules.CODE_MAX_ATTEMPTS,
    (id) => repo.countWrongTry(ctx.db, id, rules.CODE_MAX_ATTEMPTS, now),
  );
  const by = await reviewDeadline(ctx);
  await ctx.db.transaction(async (tx) => {
    if (!(await repo.useCode(tx, live.id, now))) throw codeError('AUTH.SMS_CODE_EXPIRED');
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
