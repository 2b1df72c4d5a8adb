export {
  enqueueNotice,
  listOutboxMessages,
  dispatchOutbox,
  type Notice,
} from './notifications.service';
export { createTransport, type Transport } from './notifications.transports';
export { notificationsRoutes } from './notifications.routes';
