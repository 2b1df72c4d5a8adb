import { registerMessages } from '../../platform/messages';
import { ORDERS_MESSAGES } from './orders.messages';

registerMessages(ORDERS_MESSAGES);

export { ordersRoutes } from './orders.routes';
export {
  claimTrialFor,
  closeUnpaidOrder,
  commissionOf,
  findSpec,
  fulfilOrder,
  noStats,
  orderRows,
  planFor,
  sellable,
  toOrderView,
  type MarketStatsPort,
} from './orders.service';
export { refundDeadline as refundableUntil } from './orders.rules';
export { runSubscriptionJobs, useService } from './subscriptions.service';
