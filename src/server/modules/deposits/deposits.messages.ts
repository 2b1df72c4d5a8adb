import { registerMessages } from '../../platform/messages';

registerMessages({
  'DEPOSITS.INSUFFICIENT_AVAILABLE': {
    zh: '可用保证金不足，无法完成此操作',
    en: 'The available deposit is not enough for this',
  },
  'DEPOSITS.ONLINE_PAYMENT_DISABLED': {
    zh: '本市场不支持在线缴纳保证金，请通过线下银行转账充值',
    en: 'This marketplace does not take deposits online; recharge by bank transfer',
  },
  'DEPOSITS.NOTHING_DUE': { zh: '当前没有待缴的保证金', en: 'No deposit is due now' },
});
