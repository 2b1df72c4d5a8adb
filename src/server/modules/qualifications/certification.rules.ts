import { idNumberIssue } from '../../../contracts/validators';
import type { CertificationState } from '../../../contracts/certification';

/** Codes the legal representative confirms: the same rules as sign-in codes. */
export const CODE_TTL_MS = 5 * 60 * 1000;
export const CODE_COOLDOWN_MS = 60 * 1000;
export const CODE_DAILY_LIMIT = 10;
export const CODE_MAX_ATTEMPTS = 5;
export const CODE_SEND_LIMITS = { cooldownMs: CODE_COOLDOWN_MS, dailyLimit: CODE_DAILY_LIMIT };

export const METHOD_LABEL_ZH = { legal_person: '法人认证', agent: '代理人认证' } as const;

/** Why a new submission is refused in this state; null when it may be submitted. */
export function submitRefusal(state: CertificationState): string | null {
  if (state === 'submitted') return 'CERTIFICATION.IN_REVIEW';
  if (state === 'approved') return 'CERTIFICATION.ALREADY_APPROVED';
  return null;
}

/** An ID number's own problems, field → message key. */
export function idNumberFieldIssue(field: string, idNumber: string, today: string) {
  const issue = idNumberIssue(idNumber, today);
  return issue ? { [field]: `validation.idNumber.${issue}` } : {};
}

/**
 * The person confirming must be the legal representative the onboarding registered: the
 * ID number must be valid and both it and the name must match.
 */
export function legalIdentityIssues(
  input: { name: string; idNumber: string },
  registered: { legalRepName?: string; legalRepIdNumber?: string },
  today: string,
): Record<string, string> {
  const errors: Record<string, string> = idNumberFieldIssue('idNumber', input.idNumber, today);
  if (input.name.trim() !== (registered.legalRepName ?? '').trim())
    errors.name = 'validation.certification.legalRepMismatch';
  if (!errors.idNumber && input.idNumber.toUpperCase() !== registered.legalRepIdNumber)
    errors.idNumber = 'validation.certification.legalRepMismatch';
  return errors;
}
