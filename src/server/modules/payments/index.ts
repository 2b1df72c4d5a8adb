export { newPaymentOrder, paymentOrders, recordPaymentNotification } from './payments.service';
export type { PaymentOrderRow } from './payments.repo';
export {
  CHANNELS,
  notifyStyle,
  type Channel,
  type PaymentGateway,
  type VerifiedNotice,
} from './gateway';
export {
  createSandboxGateway,
  dispatchSandboxNotifications,
  fetchDeliver,
  SANDBOX_APP_ID,
  type Deliver,
  type SandboxGateway,
} from './sandbox.gateway';
export { sandboxRoutes } from './sandbox.routes';
