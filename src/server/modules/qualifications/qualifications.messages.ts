import type { MessageEntry } from '../../platform/messages';

/** Texts of the qualifications module: error codes, field messages and SMS templates. */
export const QUALIFICATION_MESSAGES: Record<string, MessageEntry> = {
  'QUALIFICATIONS.APP_CATEGORY_MODE': {
    zh: '本市场以应用所属类目作为服务资质，无需按类目单独申请：应用上线后即可在其类目下发布服务',
    en: 'In this marketplace the app’s category is the qualification; there is no per-category application. Publish services in your online app’s category',
  },
  'QUALIFICATIONS.SERVICE_TYPE_NOT_ALLOWED': {
    zh: '本市场不开放该服务类型',
    en: 'This marketplace does not offer that service type',
  },
  'QUALIFICATIONS.APP_REQUIRED': {
    zh: '工具型类目需要先在开放平台创建并上线应用，当前账号没有已上线的应用',
    en: 'Tool categories need an online app on the open platform; this account has none',
  },
  'QUALIFICATIONS.CAPITAL_TOO_LOW': {
    zh: '注册资本须不低于 {capitalMin} 万元，您的企业为 {capitalActual} 万元',
    en: 'Registered capital must be at least {capitalMin} ten-thousand yuan; yours is {capitalActual}',
  },
  'QUALIFICATIONS.TOO_YOUNG': {
    zh: '企业成立须满 {yearsMin} 年，您的企业成立于 {establishedOn}，已满 {yearsActual} 年',
    en: 'The company must have been registered for at least {yearsMin} years; yours was established on {establishedOn} ({yearsActual} full years)',
  },
  'QUALIFICATIONS.TOO_FEW_STAFF': {
    zh: '员工人数须不少于 {staffMin} 人，您的企业为 {staffActual} 人',
    en: 'At least {staffMin} staff are required; your company has {staffActual}',
  },
  'QUALIFICATIONS.CATEGORY_LOCKED': {
    zh: '该类目资质已审核通过并锁定，不能重复申请或撤回',
    en: 'This category is approved and locked: it cannot be applied for again or withdrawn',
  },
  'QUALIFICATIONS.ALREADY_APPLIED': {
    zh: '该类目已有进行中的申请，请在「我的资质」中继续',
    en: 'You already have an open application for this category; continue it in My qualifications',
  },
  'QUALIFICATIONS.NOT_EDITABLE': {
    zh: '申请审核中或已结束，不能修改',
    en: 'The application is under review or closed and cannot be changed',
  },
  'QUALIFICATIONS.NOT_IN_REVIEW': {
    zh: '该申请不在待审核状态',
    en: 'This application is not waiting for review',
  },
  'QUALIFICATIONS.NOT_APPROVED': {
    zh: '该服务商在此类目没有已通过的资质',
    en: 'This provider has no approved qualification in this category',
  },
  'QUALIFICATIONS.CANNOT_WITHDRAW': {
    zh: '该申请不能撤回',
    en: 'This application cannot be withdrawn',
  },
  'CERTIFICATION.NOT_REQUIRED': {
    zh: '本市场不需要真实性认证',
    en: 'This marketplace does not ask for authenticity certification',
  },
  'CERTIFICATION.IN_REVIEW': {
    zh: '真实性认证审核中，请等待结果',
    en: 'The certification is under review; wait for the result',
  },
  'CERTIFICATION.ALREADY_APPROVED': {
    zh: '真实性认证已通过，无需再次提交',
    en: 'The certification is already approved',
  },
  'CERTIFICATION.NOT_IN_REVIEW': {
    zh: '该认证不在待审核状态',
    en: 'This certification is not waiting for review',
  },
  'validation.qualification.categoryUnknown': {
    zh: '类目不存在或已下线',
    en: 'No such category, or it was retired',
  },
  'validation.qualification.typeMismatch': {
    zh: '所选类目不属于该服务类型',
    en: 'The category is not of the chosen service type',
  },
  'validation.qualification.proofsMin': {
    zh: '至少提供 {proofsMin} 家商家或主播的孵化服务证明',
    en: 'Give at least {proofsMin} merchant or anchor incubation proofs',
  },
  'validation.qualification.anchorGmv': {
    zh: '至少 1 个主播的月 GMV 须超过 {gmvYuan} 元',
    en: 'At least one anchor must have a monthly GMV over {gmvYuan} yuan',
  },
  'validation.qualification.screenshotRequired': {
    zh: '请上传商家后台完整截图',
    en: 'Upload a full screenshot of the merchant back office',
  },
  'validation.qualification.outreachRequired': {
    zh: '请上传线索外呼或地推活动承办的相关资质证明',
    en: 'Upload proof of outbound-call or ground-promotion capability',
  },
  'validation.qualification.deckRequired': {
    zh: '请上传企业介绍资料（PDF 或 PPT）',
    en: 'Upload the company deck (PDF or PPT)',
  },
  'validation.qualification.mrdPrdRequired': {
    zh: '请上传 MRD/PRD 文档',
    en: 'Upload the MRD/PRD document',
  },
  'validation.qualification.cs5x8Required': {
    zh: '请确认可提供 5×8 小时客服',
    en: 'Confirm that you provide customer service 5 days × 8 hours',
  },
  'validation.qualification.casesMin': {
    zh: '至少提供 {casesMin} 个成功案例',
    en: 'Give at least {casesMin} case studies',
  },
  'validation.qualification.fileUnknown': {
    zh: '文件不存在或类型不符，请重新上传',
    en: 'The file was not found or is of the wrong kind; upload it again',
  },
  'validation.certification.legalRepMismatch': {
    zh: '与入驻登记的法定代表人信息不一致',
    en: 'Does not match the legal representative registered at onboarding',
  },
  'sms.qualificationApproved': {
    zh: '【服务市场】您的服务资质申请（{category}）已审核通过。',
    en: '[Fuwu] Your qualification application ({category}) was approved.',
  },
  'sms.qualificationRejected': {
    zh: '【服务市场】您的服务资质申请（{category}）未通过审核：{reason}。请登录修改后重新提交。',
    en: '[Fuwu] Your qualification application ({category}) was rejected: {reason}. Sign in to correct and resubmit.',
  },
  'sms.certificationCode': {
    zh: '【服务市场】您正在为 {company} 进行法人真实性认证，验证码 {code}，5 分钟内有效，请勿泄露。',
    en: '[Fuwu] Your code to certify as legal representative of {company} is {code}, valid for 5 minutes.',
  },
  'sms.certificationApproved': {
    zh: '【服务市场】您的真实性认证（{method}）已审核通过。',
    en: '[Fuwu] Your authenticity certification ({method}) was approved.',
  },
  'sms.certificationRejected': {
    zh: '【服务市场】您的真实性认证（{method}）未通过审核：{reason}。请登录重新提交。',
    en: '[Fuwu] Your authenticity certification ({method}) was rejected: {reason}. Sign in to submit again.',
  },
};
