import { registerMessages } from '../../platform/messages';
import { SERVICES_MESSAGES } from './services.messages';

registerMessages(SERVICES_MESSAGES);

export { servicesRoutes } from './services.routes';
export { type ServicePorts, type DepositStatus, type SimulationResult } from './services-common';
export { getServiceOptions, createService, saveDraft, uploadImage } from './services-edit.service';
export { submitService } from './services-submit.service';
export {
  getMyService,
  listMyServices,
  listService,
  delistService,
  getListedService,
  listListedServices,
  getServiceForSale,
  type ServiceForSale,
} from './services-views.service';
export { decideService, listServicesForOps } from './services-review.service';
export {
  penalizeService,
  liftServicePenalty,
  purgeProviderServices,
  delistCategoryServices,
} from './services-penalties.service';
