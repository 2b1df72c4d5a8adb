import type { MessageEntry } from '../../platform/messages';

/** Texts of services (服务): error codes (listed in docs/errors.md), pre-checks, notices. */
export const SERVICES_MESSAGES: Record<string, MessageEntry> = {
  'SERVICES.CATEGORY_NOT_APPROVED': {
    zh: '该类目尚未通过服务资质审核，请先到「我的资质」申请',
    en: 'This category is not approved for you yet; apply for it under My qualifications first',
  },
  'SERVICES.TYPE_NOT_ALLOWED': {
    zh: '市场暂不开放该服务类型',
    en: 'The marketplace does not accept this service type',
  },
  'SERVICES.APP_REQUIRED': {
    zh: '工具型服务须关联一个已上线的应用',
    en: 'A tool service must be bound to one of your online apps',
  },
  'SERVICES.APP_NOT_ONLINE': {
    zh: '关联的应用未上线（或已被暂停），工具型服务不能上架',
    en: 'The bound app is not online (or is suspended); a tool service cannot be listed',
  },
  'SERVICES.APP_TAKEN': {
    zh: '该应用已有服务',
    en: 'This app already has a service',
  },
  'SERVICES.CATEGORY_TAKEN': {
    zh: '每个类目只能发布一个服务，您在该类目下已有服务',
    en: 'One service per category: you already have a service in this category',
  },
  'SERVICES.INCOMPLETE': {
    zh: '服务信息不完整或不符合规则，请检查标出的字段',
    en: 'The service is incomplete or breaks a rule; see the marked fields',
  },
  'SERVICES.NOT_EDITABLE': {
    zh: '服务当前状态不能编辑（审核中，或已上架需先下架）',
    en: 'The service cannot be edited now (it is in review, or listed and must be delisted first)',
  },
  'SERVICES.NOTHING_TO_SUBMIT': {
    zh: '服务信息没有修改，无需重新审核',
    en: 'Nothing changed since the approved version; there is nothing to review',
  },
  'SERVICES.NOT_IN_REVIEW': {
    zh: '该版本已被处理或不在审核中',
    en: 'This version was already decided or is not in review',
  },
  'SERVICES.CANNOT_LIST': {
    zh: '服务当前不能上架（需审核通过，且修改后的信息须先通过审核）',
    en: 'The service cannot be listed now (it needs an approved version, and changes must be reviewed first)',
  },
  'SERVICES.CANNOT_DELIST': {
    zh: '服务未上架',
    en: 'The service is not listed',
  },
  'SERVICES.PENALIZED': {
    zh: '服务已被平台处罚（{kind}），不能执行此操作',
    en: 'The service is under a platform penalty ({kind}); this is not allowed',
  },
  'SERVICES.PENALTY_REASON_REQUIRED': {
    zh: '请填写处罚（或解除）的原因',
    en: 'Give the reason for the penalty (or for lifting it)',
  },
  'SERVICES.PENALTY_FINAL': {
    zh: '清退是最终处罚，不能解除',
    en: 'A purge is final; it cannot be lifted',
  },
  'SERVICES.PENALTY_NOT_ACTIVE': {
    zh: '该处罚当前未生效，无需解除',
    en: 'This penalty is not in force; there is nothing to lift',
  },
  'SERVICES.PUBLISHING_FROZEN': {
    zh: '您的发布权限已被平台冻结（原因：{reason}），暂不能创建或提交服务；已上架的服务不受影响',
    en: 'The platform has frozen your publishing (reason: {reason}); you cannot create or submit services for now. Listed services keep selling',
  },
  'SERVICES.PROVIDER_EXPELLED': {
    zh: '您已被平台清退（原因：{reason}），不能再发布服务',
    en: 'The platform has expelled you (reason: {reason}); you can no longer publish services',
  },
  'SERVICES.REASON_REQUIRED': {
    zh: '驳回时请填写原因',
    en: 'Give a reason for the rejection',
  },
  'SERVICES.IMAGE_FORMAT': {
    zh: '图片格式不符合要求，仅支持 {allowed}',
    en: 'Wrong image format; accepted: {allowed}',
  },
  'SERVICES.IMAGE_TOO_LARGE': {
    zh: '图片过大，最大 {max}',
    en: 'The image is too large; at most {max}',
  },
  'SERVICES.IMAGE_TOO_SMALL': {
    zh: '图片尺寸过小（{width}×{height}），最短边至少 {min} 像素',
    en: 'The image is too small ({width}×{height}); the shortest side must be at least {min} px',
  },
  'SERVICES.IMAGE_NOT_SQUARE': {
    zh: '主图须为 1:1 正方形（当前 {width}×{height}）',
    en: 'The main image must be square, 1:1 (this one is {width}×{height})',
  },
  'SERVICES.IMAGE_UNREADABLE': {
    zh: '无法读取图片尺寸，请上传有效的图片',
    en: 'The image dimensions cannot be read; upload a valid image',
  },
  'validation.service.duration': {
    zh: '时长只能是 1/3/6/12 个月（31/92/183/365 天）',
    en: 'Duration must be 1, 3, 6 or 12 months (31/92/183/365 days)',
  },
  'validation.service.gallery': {
    zh: '服务图片最多 6 张',
    en: 'At most 6 gallery images',
  },
  'validation.service.nameTooLong': {
    zh: '服务名称最多 {maxName} 个字',
    en: 'The name may have at most {maxName} characters',
  },
  'validation.service.shortDescriptionTooLong': {
    zh: '服务简介最多 {maxShort} 个字',
    en: 'The short description may have at most {maxShort} characters',
  },
  'validation.service.tagsExactly': {
    zh: '服务标签须恰好 {tags} 个',
    en: 'Exactly {tags} tags are required',
  },
  'validation.service.tagsDuplicate': {
    zh: '标签不能重复',
    en: 'Tags must not repeat',
  },
  'validation.service.noPackage': {
    zh: '至少需要一个服务套餐',
    en: 'Add at least one package',
  },
  'validation.service.noSpec': {
    zh: '套餐至少需要一行规格',
    en: 'A package needs at least one spec row',
  },
  'validation.service.price': {
    zh: '非试用规格的价格须大于 0',
    en: 'A spec that is not a trial must have a price above 0',
  },
  'validation.service.fileUnknown': {
    zh: '图片不存在，请重新上传',
    en: 'The image was not found; upload it again',
  },
  'precheck.requiredFields.ok': { zh: '必填信息齐全', en: 'Every required field is filled' },
  'precheck.forbiddenWords.ok': { zh: '未发现违禁词', en: 'No forbidden words' },
  'precheck.forbiddenWords.fail': {
    zh: '含有违禁词：{words}（{fields}）',
    en: 'Contains forbidden words: {words} ({fields})',
  },
  'precheck.images.ok': { zh: '图片符合要求', en: 'Images meet the rules' },
  'precheck.images.fail': {
    zh: '图片不符合要求：{detail}',
    en: 'Images break the rules: {detail}',
  },
  'precheck.deposit.ok': {
    zh: '保证金已缴纳（{amount}）',
    en: 'Deposit held ({amount})',
  },
  'precheck.deposit.fail': {
    zh: '保证金未缴足：应缴 {amount}，已占用 {held}',
    en: 'Deposit not held: {amount} required, {held} held',
  },
  'precheck.authorization.ok': {
    zh: '模拟授权成功：回调地址返回 {status}',
    en: 'Simulated authorization succeeded: the callback answered {status}',
  },
  'precheck.authorization.fail': {
    zh: '模拟授权失败：回调地址 {uri} {error}',
    en: 'Simulated authorization failed: callback {uri} {error}',
  },
  'precheck.autoRejected': {
    zh: '自动预检未通过：{failures}',
    en: 'Automatic pre-checks failed: {failures}',
  },
  'email.serviceApproved.subject': {
    zh: '【服务市场】服务审核通过：{name}',
    en: '[Fuwu] Service approved: {name}',
  },
  'email.serviceApproved': {
    zh: '您好，您的服务「{name}」（第 {version} 版）已审核通过。{next}',
    en: 'Hello, your service "{name}" (version {version}) was approved. {next}',
  },
  'email.serviceRejected.subject': {
    zh: '【服务市场】服务审核未通过：{name}',
    en: '[Fuwu] Service rejected: {name}',
  },
  'email.serviceRejected': {
    zh: '您好，您的服务「{name}」（第 {version} 版）未通过审核。审核建议：{reason}。请按建议修改后再次提交审核。',
    en: 'Hello, your service "{name}" (version {version}) was rejected. Reviewer’s advice: {reason}. Please correct it and submit again.',
  },
  'sms.serviceApproved': {
    zh: '【服务市场】您的服务「{name}」已审核通过。{next}',
    en: '[Fuwu] Your service "{name}" was approved. {next}',
  },
  'sms.serviceRejected': {
    zh: '【服务市场】您的服务「{name}」未通过审核：{reason}。请在服务详情中查看并修改。',
    en: '[Fuwu] Your service "{name}" was rejected: {reason}. See the service’s details to correct it.',
  },
  'sms.servicePenalized': {
    zh: '【服务市场】您的服务「{name}」已被平台处理：{kind}。原因：{reason}。',
    en: '[Fuwu] Your service "{name}" was penalized by the platform: {kind}. Reason: {reason}.',
  },
  'sms.servicePenaltyLifted': {
    zh: '【服务市场】您的服务「{name}」的处罚（{kind}）已解除。原因：{reason}。',
    en: '[Fuwu] The penalty ({kind}) on your service "{name}" was lifted. Reason: {reason}.',
  },
  'notice.service.next.listed': { zh: '服务已在服务市场上架。', en: 'It is now listed.' },
  'notice.service.next.pending': {
    zh: '服务处于「待上架」状态，请登录后点击「上架」。',
    en: 'It is pending listing; sign in and click “List”.',
  },
  'penalty.hide': { zh: '隐藏', en: 'hidden' },
  'penalty.delist': { zh: '强制下架', en: 'delisted' },
  'penalty.freeze': { zh: '冻结（暂停新订购）', en: 'frozen (no new orders)' },
  'penalty.purge': { zh: '清退', en: 'purged' },
};
