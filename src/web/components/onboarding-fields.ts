import type { OnboardingFields } from '../../contracts/onboarding';

export type OnboardingFieldName = keyof OnboardingFields;

/** The onboarding form's fields in the order they are asked (also the wizard's step order). */
export const onboardingFieldOrder = [
  'companyName',
  'creditCode',
  'companyType',
  'registeredCapitalWan',
  'establishedOn',
  'staffSize',
  'address',
  'licenceFileId',
  'legalRepName',
  'legalRepIdNumber',
  'contactName',
  'contactMobile',
  'contactEmail',
] as const satisfies readonly OnboardingFieldName[];

// Compile-time check that the list above names every field of the contract.
type Missing = Exclude<OnboardingFieldName, (typeof onboardingFieldOrder)[number]>;
const _everyFieldListed: Missing extends never ? true : Missing = true;

export const companyTypes = [
  'limited_liability',
  'joint_stock',
  'partnership',
  'sole_investment',
  'state_owned',
  'collective',
  'other_enterprise',
] as const satisfies readonly OnboardingFields['companyType'][];

export function isOnboardingField(name: string): name is OnboardingFieldName {
  return (onboardingFieldOrder as readonly string[]).includes(name);
}
