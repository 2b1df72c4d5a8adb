import { registerMessages } from '../../platform/messages';
import { ONBOARDING_MESSAGES } from './onboarding.messages';

registerMessages(ONBOARDING_MESSAGES);

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
export {
  recordProviderPenalty,
  liftPublishingFreeze,
  findProviderStanding,
} from './provider-penalties.service';
