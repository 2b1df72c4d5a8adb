import { policyPresets, policySchema, type Policy } from '../../../contracts/policy';

/** The stored key/value rows over the preset they started from; unknown keys are ignored. */
export function policyFromRows(
  rows: Array<{ key: string; value: unknown }>,
  fallback: Policy['preset'],
): Policy {
  const stored = Object.fromEntries(rows.map((r) => [r.key, r.value]));
  const preset =
    policyPresets[(stored.preset as Policy['preset']) ?? fallback] ?? policyPresets[fallback];
  const merged = { ...preset, ...stored };
  const parsed = policySchema.safeParse(merged);
  return parsed.success ? parsed.data : preset;
}

/** Cross-key rules a single key's schema cannot see. Returns field → message key. */
export function checkPolicy(p: Policy): Record<string, string> {
  const errors: Record<string, string> = {};
  if (p.onboardingReviewDaysMin > p.onboardingReviewDaysMax)
    errors.onboardingReviewDaysMin = 'validation.policy.range';
  if (p.serviceReviewDaysMin > p.serviceReviewDaysMax)
    errors.serviceReviewDaysMin = 'validation.policy.range';
  return errors;
}
