import type { CategoryRequirements } from '../../../contracts/catalog';
import {
  companyProfileFields,
  type Materials,
  type QualificationState,
} from '../../../contracts/qualifications';

/** Expected review: 1–3 working days (the same span as the seed's other reviews). */
export const REVIEW_DAYS = { min: 1, max: 3 } as const;
/** 产业带运营-陪跑运营: at least 3 proofs, one anchor with monthly GMV over 100,000 yuan. */
export const MIN_INCUBATION_PROOFS = 3;
export const ANCHOR_GMV_OVER_YUAN = 100_000;

export const canEdit = (s: QualificationState) => s === 'draft' || s === 'rejected';
export const canDecide = (s: QualificationState) => s === 'submitted';
/** An approved category is locked when the policy says so; anything not final may be withdrawn. */
export function canWithdraw(s: QualificationState, lockApproved: boolean): boolean {
  if (s === 'withdrawn') return false;
  return s !== 'approved' || !lockApproved;
}

/** Whole years from `from` to `today` (both 'YYYY-MM-DD'): 2019-03-15 → 2026-03-14 is 6. */
export function fullYearsBetween(from: string, today: string): number {
  const [fy, fm, fd] = from.split('-').map(Number);
  const [ty, tm, td] = today.split('-').map(Number);
  const years = ty - fy - (tm < fm || (tm === fm && td < fd) ? 1 : 0);
  return Math.max(0, years);
}

export type CompanyFacts = {
  registeredCapitalWan: number;
  establishedOn: string;
  staffSize: number;
};
export type Refusal = {
  code: string;
  fields: Record<string, string>;
  params: Record<string, string | number>;
};

/** The entry thresholds the onboarding data already answers; null when all are met. */
export function thresholdRefusal(
  req: CategoryRequirements,
  c: CompanyFacts,
  today: string,
): Refusal | null {
  const fields: Record<string, string> = {};
  const params: Record<string, string | number> = {};
  if (
    req.minRegisteredCapitalWan !== null &&
    c.registeredCapitalWan < req.minRegisteredCapitalWan
  ) {
    fields.registeredCapitalWan = 'QUALIFICATIONS.CAPITAL_TOO_LOW';
    Object.assign(params, {
      capitalMin: req.minRegisteredCapitalWan,
      capitalActual: c.registeredCapitalWan,
    });
  }
  const years = fullYearsBetween(c.establishedOn, today);
  if (req.minYearsRegistered !== null && years < req.minYearsRegistered) {
    fields.establishedOn = 'QUALIFICATIONS.TOO_YOUNG';
    Object.assign(params, {
      yearsMin: req.minYearsRegistered,
      yearsActual: years,
      establishedOn: c.establishedOn,
    });
  }
  if (req.minStaff !== null && c.staffSize < req.minStaff) {
    fields.staffSize = 'QUALIFICATIONS.TOO_FEW_STAFF';
    Object.assign(params, { staffMin: req.minStaff, staffActual: c.staffSize });
  }
  const first = Object.values(fields)[0];
  return first ? { code: first, fields, params } : null;
}

/** Keeps only what the category asks for: the form asks exactly that, and so does the record. */
export function relevantMaterials(req: CategoryRequirements, m: Materials): Materials {
  const out: Materials = {};
  if (req.proofKind === 'incubation') out.incubationProofs = m.incubationProofs ?? [];
  if (req.proofKind === 'outreach') out.outreachProofFileIds = m.outreachProofFileIds ?? [];
  if (req.proofKind) {
    out.companyProfile = m.companyProfile ?? {};
    out.deckFileId = m.deckFileId ?? null;
  }
  if (req.requiresMrdPrd) out.mrdPrdFileId = m.mrdPrdFileId ?? null;
  if (req.requiresCustomerService5x8)
    out.customerService5x8Confirmed = m.customerService5x8Confirmed ?? false;
  if (req.minCaseStudies) out.caseStudies = m.caseStudies ?? [];
  return out;
}

const blank = (v: string | null | undefined) => !v || !v.trim();

function incubationIssues(m: Materials, errors: Record<string, string>) {
  const proofs = m.incubationProofs ?? [];
  proofs.forEach((p, i) => {
    if (blank(p.name)) errors[`incubationProofs.${i}.name`] = 'validation.required';
    if (!p.kind) errors[`incubationProofs.${i}.kind`] = 'validation.required';
    if (p.monthlyGmvYuan == null)
      errors[`incubationProofs.${i}.monthlyGmvYuan`] = 'validation.required';
    if (blank(p.screenshotFileId))
      errors[`incubationProofs.${i}.screenshotFileId`] =
        'validation.qualification.screenshotRequired';
  });
  if (proofs.length < MIN_INCUBATION_PROOFS)
    errors.incubationProofs = 'validation.qualification.proofsMin';
  else if (
    !proofs.some((p) => p.kind === 'anchor' && (p.monthlyGmvYuan ?? 0) > ANCHOR_GMV_OVER_YUAN)
  )
    errors.incubationProofs = 'validation.qualification.anchorGmv';
}

/** What the submission still lacks, field path → message key; {} when complete. */
export function materialsIssues(req: CategoryRequirements, m: Materials): Record<string, string> {
  const errors: Record<string, string> = {};
  if (req.proofKind === 'incubation') incubationIssues(m, errors);
  if (req.proofKind === 'outreach' && !(m.outreachProofFileIds ?? []).length)
    errors.outreachProofFileIds = 'validation.qualification.outreachRequired';
  if (req.proofKind) {
    for (const f of companyProfileFields)
      if (blank(m.companyProfile?.[f])) errors[`companyProfile.${f}`] = 'validation.required';
    if (blank(m.deckFileId)) errors.deckFileId = 'validation.qualification.deckRequired';
  }
  if (req.requiresMrdPrd && blank(m.mrdPrdFileId))
    errors.mrdPrdFileId = 'validation.qualification.mrdPrdRequired';
  if (req.requiresCustomerService5x8 && m.customerService5x8Confirmed !== true)
    errors.customerService5x8Confirmed = 'validation.qualification.cs5x8Required';
  if (req.minCaseStudies) {
    const cases = m.caseStudies ?? [];
    cases.forEach((c, i) => {
      if (blank(c.title)) errors[`caseStudies.${i}.title`] = 'validation.required';
      if (blank(c.description)) errors[`caseStudies.${i}.description`] = 'validation.required';
    });
    if (cases.length < req.minCaseStudies) errors.caseStudies = 'validation.qualification.casesMin';
  }
  return errors;
}

export type MaterialFile = {
  path: string;
  id: string;
  purpose: 'qualification-screenshot' | 'qualification-document' | 'qualification-deck';
};

/** Every file a submission refers to, with the upload purpose it must have been stored under. */
export function materialFiles(m: Materials): MaterialFile[] {
  const out: MaterialFile[] = [];
  const add = (path: string, id: string | null | undefined, purpose: MaterialFile['purpose']) => {
    if (id) out.push({ path, id, purpose });
  };
  (m.incubationProofs ?? []).forEach((p, i) =>
    add(`incubationProofs.${i}.screenshotFileId`, p.screenshotFileId, 'qualification-screenshot'),
  );
  (m.outreachProofFileIds ?? []).forEach((id, i) =>
    add(`outreachProofFileIds.${i}`, id, 'qualification-document'),
  );
  add('deckFileId', m.deckFileId, 'qualification-deck');
  add('mrdPrdFileId', m.mrdPrdFileId, 'qualification-document');
  (m.caseStudies ?? []).forEach((c, i) =>
    add(`caseStudies.${i}.fileId`, c.fileId, 'qualification-document'),
  );
  return out;
}

export type Choice = {
  category: CategoryRequirements & { type: 'tool' | 'operation' | 'service' };
  allowedTypes: readonly string[];
  hasOnlineApp: boolean;
  company: CompanyFacts;
  today: string;
  /** The provider's live application for this category, if any. */
  live: { state: QualificationState } | null;
  lockApproved: boolean;
};

/** Why a category cannot be chosen, in the order the provider should fix them; [] = it can. */
export function choiceRefusals(c: Choice): Refusal[] {
  const out: Refusal[] = [];
  const plain = (code: string, field = 'categoryId'): Refusal => ({
    code,
    fields: { [field]: code },
    params: {},
  });
  if (!c.allowedTypes.includes(c.category.type))
    out.push(plain('QUALIFICATIONS.SERVICE_TYPE_NOT_ALLOWED', 'serviceType'));
  if (c.category.type === 'tool' && !c.hasOnlineApp) out.push(plain('QUALIFICATIONS.APP_REQUIRED'));
  const threshold = thresholdRefusal(c.category, c.company, c.today);
  if (threshold) {
    for (const [field, code] of Object.entries(threshold.fields))
      out.push({ code, fields: { [field]: code }, params: threshold.params });
  }
  if (c.live?.state === 'approved' && c.lockApproved)
    out.push(plain('QUALIFICATIONS.CATEGORY_LOCKED'));
  else if (c.live) out.push(plain('QUALIFICATIONS.ALREADY_APPLIED'));
  return out;
}

export const REFUSAL_STATUS: Record<string, number> = {
  'QUALIFICATIONS.CATEGORY_LOCKED': 409,
  'QUALIFICATIONS.ALREADY_APPLIED': 409,
};
