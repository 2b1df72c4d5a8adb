import type { CompanyType, OnboardingDraft, OnboardingFieldName } from '../deps';

/** The wizard form's values: the draft's fields (the date as the date input's YYYY-MM-DD). */
export interface WizardValues {
  companyName?: string;
  creditCode?: string;
  companyType?: CompanyType;
  registeredCapitalWan?: number | null;
  establishedOn?: string | null;
  staffSize?: number | null;
  address?: string;
  licenceFileId?: string;
  legalRepName?: string;
  legalRepIdNumber?: string;
  contactName?: string;
  contactMobile?: string;
  contactEmail?: string;
}

export function toFormValues(draft: OnboardingDraft): WizardValues {
  return { ...draft };
}

/** Only what was filled in: a draft may hold any subset of the fields. */
export function toDraft(values: WizardValues): OnboardingDraft {
  const draft: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(values)) {
    // A cleared date input gives '', which is no date (the DatePicker gave null).
    if (value === undefined || value === null || (key === 'establishedOn' && value === ''))
      continue;
    draft[key] = typeof value === 'string' ? value.trim() : value;
  }
  return draft as OnboardingDraft;
}

export type WizardStepKey = 'company' | 'legalRep' | 'contact' | 'confirm';

export const wizardSteps: Array<{ key: WizardStepKey; fields: OnboardingFieldName[] }> = [
  {
    key: 'company',
    fields: [
      'companyName',
      'creditCode',
      'companyType',
      'registeredCapitalWan',
      'establishedOn',
      'staffSize',
      'address',
      'licenceFileId',
    ],
  },
  { key: 'legalRep', fields: ['legalRepName', 'legalRepIdNumber'] },
  { key: 'contact', fields: ['contactName', 'contactMobile', 'contactEmail'] },
  { key: 'confirm', fields: [] },
];

/** The first step holding one of `fields`, following the form's order; null if none. */
export function firstStepWith(fields: string[]): number | null {
  const index = wizardSteps.findIndex((s) => s.fields.some((f) => fields.includes(f)));
  return index === -1 ? null : index;
}
