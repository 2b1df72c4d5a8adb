import { registerMessages } from '../../platform/messages';
import { QUALIFICATION_MESSAGES } from './qualifications.messages';

registerMessages(QUALIFICATION_MESSAGES);

export { qualificationsRoutes } from './qualifications.routes';
export { certificationRoutes } from './certification.routes';
export {
  approvedCategories,
  isCategoryApproved,
  getMyQualifications,
} from './qualification-views.service';
export {
  createApplication,
  getOptions,
  type QualificationDeps,
} from './qualification-apply.service';
export { submitApplication } from './qualification-submit.service';
export { revokeCategoryApproval } from './qualification-revoke.service';
export { decideQualification } from './qualification-review.service';
export { getCertificationSummary } from './certification.service';
export { type OnlineAppCheck, defaultOnlineAppCheck } from './app-port';
