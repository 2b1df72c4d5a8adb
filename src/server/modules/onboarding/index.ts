export { onboardingRoutes } from './onboarding.routes';
export {
  acceptAgreements,
  checkEligibility,
  saveDraft,
  uploadLicence,
  submitApplication,
  getMyOnboarding,
} from './onboarding.service';
export { approveApplication, rejectApplication, listForReview } from './onboarding-review.service';
export { AGREEMENTS } from './onboarding.rules';
export {
  getProviderProfile,
  requireOnboardedProvider,
  providerCompanyName,
  type ProviderProfile,
} from './provider-profile.service';
