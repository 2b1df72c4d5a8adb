import type { MessageEntry } from '../../platform/messages';

/** Texts of the open platform: error codes (listed in docs/errors.md) and field messages. */
export const APPS_MESSAGES: Record<string, MessageEntry> = {
  'APPS.LIMIT_REACHED': {
    zh: '每个账号最多创建 {max} 个应用',
    en: 'An account can register at most {max} apps',
  },
  'APPS.SUSPENDED': {
    zh: '应用已被平台暂停，不能修改',
    en: 'The app is suspended by the platform and cannot be changed',
  },
  'APPS.BAD_TRANSITION': {
    zh: '应用当前状态不能执行此操作',
    en: 'The app’s current state does not allow this',
  },
  'APPS.NO_WEBHOOK_URL': {
    zh: '请先设置应用的消息推送地址（Webhook URL）',
    en: 'Set the app’s webhook URL first',
  },
  'OAUTH.INVALID_REQUEST': {
    zh: '授权请求参数有误',
    en: 'The authorization request is malformed',
  },
  'OAUTH.INVALID_CLIENT': {
    zh: '应用不存在（client_id 无效）',
    en: 'Unknown app (invalid client_id)',
  },
  'OAUTH.INVALID_REDIRECT_URI': {
    zh: '回调地址与应用登记的地址不一致，已拒绝跳转',
    en: 'The redirect URI does not match the app’s registered ones; not redirecting',
  },
  'OAUTH.CLIENT_UNAVAILABLE': {
    zh: '该应用尚未上线或已被暂停，暂不能授权',
    en: 'This app is not online (or is suspended) and cannot be authorized now',
  },
  'OPEN.INVALID_TOKEN': {
    zh: '访问令牌无效、已过期或已撤销',
    en: 'The access token is invalid, expired or revoked',
  },
  'OPEN.INSUFFICIENT_SCOPE': {
    zh: '访问令牌未获得所需权限（{scope}）',
    en: 'The access token lacks the required scope ({scope})',
  },
  'validation.apps.name.length': {
    zh: '应用名称为 2–30 个字符',
    en: 'The name is 2–30 characters',
  },
  'validation.apps.description.length': {
    zh: '应用简介最多 500 个字符',
    en: 'The description is at most 500 characters',
  },
  'validation.apps.redirectUris.required': {
    zh: '请至少填写一个回调地址',
    en: 'Enter at least one redirect URI',
  },
  'validation.apps.redirectUris.tooMany': {
    zh: '最多 5 个回调地址',
    en: 'At most 5 redirect URIs',
  },
  'validation.apps.redirectUri.format': {
    zh: '请输入完整的网址（如 https://app.example.com/callback）',
    en: 'Enter a full URL (such as https://app.example.com/callback)',
  },
  'validation.apps.redirectUri.scheme': {
    zh: '回调地址须为 https（本机调试可用 http://127.0.0.1 或 http://localhost）',
    en: 'Use https (plain http only for 127.0.0.1 or localhost during development)',
  },
  'validation.apps.redirectUri.fragment': {
    zh: '回调地址不能包含 # 片段',
    en: 'A redirect URI cannot contain a # fragment',
  },
  'validation.apps.redirectUri.duplicate': {
    zh: '回调地址重复',
    en: 'Duplicate redirect URI',
  },
  'validation.apps.scopes.required': {
    zh: '请至少选择一项权限',
    en: 'Choose at least one scope',
  },
  'validation.apps.webhookUrl.format': {
    zh: '推送地址须为 http 或 https 网址',
    en: 'The webhook URL must be an http or https URL',
  },
  'validation.apps.logo.unknown': {
    zh: '应用图标文件不存在，请重新上传',
    en: 'The logo file was not found; upload it again',
  },
  'validation.apps.reason.required': {
    zh: '请填写原因（至少 2 个字）',
    en: 'Give a reason (at least 2 characters)',
  },
};
