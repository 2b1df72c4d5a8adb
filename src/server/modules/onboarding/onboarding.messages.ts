import type { MessageEntry } from '../../platform/messages';

/** Provider-level penalties (SPEC §7): error codes (docs/errors.md) and the provider's SMS. */
export const ONBOARDING_MESSAGES: Record<string, MessageEntry> = {
  'ONBOARDING.PROVIDER_NOT_FOUND': { zh: '服务商不存在', en: 'No such provider' },
  'ONBOARDING.PROVIDER_EXPELLED': {
    zh: '该服务商已被清退，清退是最终处罚',
    en: 'This provider was expelled; an expulsion is final',
  },
  'ONBOARDING.PENALTY_ACTIVE': {
    zh: '该处罚已在生效中',
    en: 'This penalty is already in force',
  },
  'ONBOARDING.PENALTY_NOT_ACTIVE': {
    zh: '该处罚当前未生效，无需解除',
    en: 'This penalty is not in force; there is nothing to lift',
  },
  'sms.providerPenalized': {
    zh: '【服务市场】您的服务商账号已被平台处理：{kind}。原因：{reason}。',
    en: '[Fuwu] The platform has penalized your provider account: {kind}. Reason: {reason}.',
  },
  'sms.providerPenaltyLifted': {
    zh: '【服务市场】平台已解除对您的处罚：{kind}。原因：{reason}。',
    en: '[Fuwu] The platform lifted its penalty on you: {kind}. Reason: {reason}.',
  },
  'penalty.freeze_publishing': { zh: '冻结发布新服务', en: 'publishing frozen' },
  'penalty.revoke_category': {
    zh: '撤销类目资质（{category}）',
    en: 'category revoked ({category})',
  },
  'penalty.expel': { zh: '清退服务商', en: 'expelled' },
};
