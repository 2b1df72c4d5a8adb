import type { MessageEntry } from '../../platform/messages';

/** Texts of market orders and subscriptions: error codes (listed in docs/errors.md), notices. */
export const ORDERS_MESSAGES: Record<string, MessageEntry> = {
  'ORDERS.PURCHASE_OFFLINE': {
    zh: '本市场不支持在线购买，请在服务页授权应用后与服务商线下结算',
    en: 'This marketplace has no online purchase: authorize the app and settle with the provider directly',
  },
  'ORDERS.SERVICE_FROZEN': {
    zh: '该服务已被冻结，暂不接受新订单或续费',
    en: 'This service is frozen: it takes no new orders or renewals',
  },
  'ORDERS.SPEC_NOT_FOUND': {
    zh: '所选套餐规格不存在，请重新选择',
    en: 'That package, version and duration does not exist; choose again',
  },
  'ORDERS.TRIAL_TAKEN': {
    zh: '您已试用过该服务，试用只能领取一次',
    en: 'You have already had the trial of this service; a trial is taken once',
  },
  'ORDERS.TRIAL_NOT_STACKABLE': {
    zh: '您的订购仍在有效期内，不能再叠加试用',
    en: 'Your subscription is still running; a trial cannot be added on top',
  },
  'ORDERS.NO_APP': {
    zh: '该服务没有关联应用，无需授权',
    en: 'This service has no app to authorize',
  },
  'ORDERS.NOT_SUBSCRIBED': {
    zh: '您还没有订购该服务，或订购已到期',
    en: 'You have no running subscription to this service',
  },
  'ORDERS.NOT_REFUNDABLE': {
    zh: '该订单不可退款（未支付、已退款或已超过退款期限）',
    en: 'This order cannot be refunded (unpaid, already refunded or past the refund window)',
  },
  'ORDERS.REFUND_FAILED': {
    zh: '支付渠道未能退款，请稍后再试',
    en: 'The payment gateway did not refund; try again later',
  },
  'ORDERS.ALREADY_RATED': {
    zh: '每个订购只能评价一次',
    en: 'You have already rated this subscription',
  },
  'ORDERS.CANNOT_RATE': {
    zh: '使用过该服务后才能评价',
    en: 'Rate a service after you have used it',
  },
  'validation.orders.stars': { zh: '请选择 1–5 星', en: 'Choose 1 to 5 stars' },
  'orders.reminder.sms': {
    zh: '【服务市场】您订购的「{{service}}」将于 {{date}} 到期，请及时续费。',
    en: '[Marketplace] Your subscription to "{{service}}" ends on {{date}}; renew it in time.',
  },
};
