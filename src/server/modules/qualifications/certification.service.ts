import type { Actor, AppContext } from '../../platform/context';
import { isUniqueViolation, type Executor, type Tx } from '../../platform/db';
import { AppError } from '../../platform/errors';
import { requireKind } from '../../platform/guards';
import { newId } from '../../platform/ids';
import { maskIdNumber, maskMobile, maskName } from '../../../contracts/validators';
import type {
  CertificationMethod,
  CertificationState,
  CertificationSummary,
} from '../../../contracts/certification';
import { recordAudit } from '../audit';
import { getFileRef } from '../files';
import { requireOnboardedProvider, type ProviderProfile } from '../onboarding';
import { getPolicy, workingDaysFromNow } from '../policy';
import * as repo from './certification.repo';
import * as rules from './certification.rules';
import { REVIEW_DAYS } from './qualifications.rules';

const NONE: CertificationSummary = {
  id: null,
  state: 'none',
  method: null,
  version: 0,
  submittedAt: null,
  expectedBy: null,
  decidedAt: null,
  reason: null,
};

export function toCertSummary(c: repo.CertificationRow | null): CertificationSummary {
  if (!c) return NONE;
  return {
    id: c.id,
    state: c.state as CertificationState,
    method: c.method as CertificationMethod,
    version: c.currentVersion,
    submittedAt: c.submittedAt?.toISOString() ?? null,
    expectedBy: c.expectedBy,
    decidedAt: c.decidedAt?.toISOString() ?? null,
    reason: c.reason,
  };
}

export async function getCertificationSummary(
  ctx: AppContext,
  providerId: string,
  ex: Executor = ctx.db,
) {
  return toCertSummary(await repo.findByProvider(ex, providerId));
}

export type VersionData = {
  name: string;
  idNumber: string;
  mobile?: string;
  verifiedAt?: string;
  idFrontFileId?: string;
  idBackFileId?: string;
  attorneyFileId?: string;
};

/** A submission as shown: identity numbers masked unless a reviewer looks. */
export async function toCertVersionView(ctx: AppContext, v: repo.CertVersionRow, masked: boolean) {
  const d = v.data as VersionData;
  const ref = (id?: string) => (id ? getFileRef(ctx, id) : Promise.resolve(null));
  return {
    version: v.version,
    method: v.method as CertificationMethod,
    personName: masked ? maskName(d.name) : d.name,
    idNumber: masked ? maskIdNumber(d.idNumber) : d.idNumber,
    mobile: d.mobile ? (masked ? maskMobile(d.mobile) : d.mobile) : null,
    verifiedAt: d.verifiedAt ?? null,
    files: {
      idFront: await ref(d.idFrontFileId),
      idBack: await ref(d.idBackFileId),
      attorney: await ref(d.attorneyFileId),
    },
    submittedAt: v.submittedAt.toISOString(),
    decision: (v.decision ?? null) as 'approved' | 'rejected' | null,
    reason: v.reason,
    decidedAt: v.decidedAt?.toISOString() ?? null,
  };
}

/** The certification page: state, history, and whether this marketplace asks for it at all. */
export async function getMyCertification(ctx: AppContext, actor: Actor | null) {
  const profile = await requireOnboardedProvider(ctx, actor);
  const policy = await getPolicy(ctx);
  const row = await repo.findByProvider(ctx.db, profile.providerId);
  const versions = row ? await repo.listCertVersions(ctx.db, row.id) : [];
  return {
    ...toCertSummary(row),
    required: policy.qualificationMode === 'per_category',
    legalRepNameMasked: maskName(profile.company.legalRepName ?? ''),
    versions: await Promise.all(versions.map((v) => toCertVersionView(ctx, v, true))),
  };
}

/** The provider, if this marketplace asks for certification and a new submission is allowed now. */
export async function certifiable(ctx: AppContext, actor: Actor | null) {
  const who = requireKind(actor, 'provider');
  const profile = await requireOnboardedProvider(ctx, actor);
  if ((await getPolicy(ctx)).qualificationMode !== 'per_category')
    throw new AppError('CERTIFICATION.NOT_REQUIRED', 422);
  const current = await repo.findByProvider(ctx.db, profile.providerId);
  const refusal = rules.submitRefusal((current?.state ?? 'none') as CertificationState);
  if (refusal) throw new AppError(refusal, 409);
  return { who, profile };
}

/** Records a submission under review, inside the caller's transaction. */
export async function submitInTx(
  tx: Tx,
  now: Date,
  s: {
    who: Actor;
    profile: ProviderProfile;
    method: CertificationMethod;
    data: VersionData;
    expectedBy: string;
  },
) {
  const current = await repo.findByProvider(tx, s.profile.providerId);
  const state = { state: 'submitted', method: s.method, submittedAt: now, updatedAt: now };
  const fresh = { ...state, expectedBy: s.expectedBy, decidedAt: null, reason: null };
  let row: repo.CertificationRow | null;
  try {
    row = current
      ? await repo.updateCertificationIn(tx, current.id, ['rejected'], {
          ...fresh,
          currentVersion: current.currentVersion + 1,
        })
      : await repo.insertCertification(tx, {
          id: newId('crt'),
          providerId: s.profile.providerId,
          accountId: s.profile.accountId,
          companyName: s.profile.companyName,
          ...fresh,
          currentVersion: 1,
        });
  } catch (e) {
    if (isUniqueViolation(e)) throw new AppError('CERTIFICATION.IN_REVIEW', 409);
    throw e;
  }
  if (!row) throw new AppError('CERTIFICATION.IN_REVIEW', 409);
  await repo.insertCertVersion(tx, {
    id: newId('ctv'),
    certificationId: row.id,
    version: row.currentVersion,
    method: s.method,
    data: s.data,
    submittedAt: now,
  });
  await recordAudit(tx, now, s.who, {
    action: 'certification.submit',
    targetType: 'certification',
    targetId: row.id,
    detail: { version: row.currentVersion, method: s.method },
  });
}

export const reviewDeadline = (ctx: AppContext) => workingDaysFromNow(ctx, REVIEW_DAYS.max);
