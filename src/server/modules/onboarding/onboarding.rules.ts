import type { ApplicationState, OnboardingFields } from '../../../contracts/onboarding';
import { creditCodeIssue, idNumberIssue } from '../../../contracts/validators';

/** Agreements shown before onboarding; a new version must be accepted again. */
export const AGREEMENTS = [
  {
    code: 'provider-agreement',
    version: '2025-06',
    titleZh: '服务市场服务商入驻协议',
    titleEn: 'Service Market Provider Agreement',
  },
  {
    code: 'deposit-rules',
    version: '2025-06',
    titleZh: '服务市场保证金管理规范',
    titleEn: 'Service Market Deposit Rules',
  },
  {
    code: 'privacy-policy',
    version: '2025-01',
    titleZh: '服务市场隐私政策',
    titleEn: 'Service Market Privacy Policy',
  },
] as const;

export type EntityType = 'enterprise' | 'sole_proprietor' | 'foreign';

/** Why an account may not onboard at all (SPEC §3): checked before anything is filled in. */
export function accountRefusal(account: {
  isMediaOrGov: boolean;
  openViolation: boolean;
}): string | null {
  if (account.isMediaOrGov) return 'ONBOARDING.INELIGIBLE_MEDIA_GOV';
  if (account.openViolation) return 'ONBOARDING.INELIGIBLE_VIOLATION';
  return null;
}

export function entityRefusal(entity: EntityType): string | null {
  if (entity === 'sole_proprietor') return 'ONBOARDING.INELIGIBLE_SOLE_PROPRIETOR';
  if (entity === 'foreign') return 'ONBOARDING.INELIGIBLE_FOREIGN';
  return null;
}

export const canEdit = (s: ApplicationState) => s === 'draft' || s === 'rejected';
export const canDecide = (s: ApplicationState) => s === 'submitted';

/** Rules beyond the shape of each field: check characters, real and past dates. Field → message key. */
export function checkFields(f: OnboardingFields, today: string): Record<string, string> {
  const errors: Record<string, string> = {};
  const cc = creditCodeIssue(f.creditCode);
  if (cc) errors.creditCode = `validation.creditCode.${cc}`;
  const id = idNumberIssue(f.legalRepIdNumber, today);
  if (id) errors.legalRepIdNumber = `validation.idNumber.${id}`;
  if (f.establishedOn > today) errors.establishedOn = 'validation.date.future';
  return errors;
}
