/** Server-side texts (errors, field messages, SMS and email) in both languages. */
export type Lang = 'zh-CN' | 'en-US';
export type MessageEntry = { zh: string; en: string };
type Entry = MessageEntry;

const M: Record<string, Entry> = {
  // common
  'COMMON.VALIDATION': {
    zh: '提交的信息有误，请检查标出的字段',
    en: 'Some fields are not valid; see the marked fields',
  },
  'COMMON.NOT_FOUND': { zh: '未找到该记录', en: 'Not found' },
  'COMMON.FORBIDDEN': { zh: '无权执行此操作', en: 'You are not allowed to do this' },
  'COMMON.RATE_LIMITED': {
    zh: '操作过于频繁，请稍后再试',
    en: 'Too many requests; try again later',
  },
  'COMMON.CSRF': {
    zh: '页面已过期，请刷新后重试（CSRF 校验失败）',
    en: 'The page is out of date; reload and try again (CSRF check failed)',
  },
  'COMMON.BAD_REQUEST': { zh: '请求格式不正确', en: 'The request is malformed' },
  'COMMON.INTERNAL': {
    zh: '服务器开小差了，请稍后再试',
    en: 'Something went wrong on our side; try again later',
  },
  'COMMON.PAYLOAD_TOO_LARGE': {
    zh: '文件过大，最大 {max}',
    en: 'The file is too large; at most {max}',
  },
  // auth
  'AUTH.SIGN_IN_REQUIRED': { zh: '请先登录', en: 'Please sign in first' },
  'AUTH.SMS_COOLDOWN': {
    zh: '验证码发送过于频繁，请 {seconds} 秒后再试',
    en: 'A code was just sent; try again in {seconds} s',
  },
  'AUTH.SMS_DAILY_LIMIT': {
    zh: '该手机号今日验证码次数已达上限（{limit} 次）',
    en: 'This number has reached today’s limit of {limit} codes',
  },
  'AUTH.SMS_CODE_INVALID': { zh: '验证码错误', en: 'The code is wrong' },
  'AUTH.SMS_CODE_EXPIRED': {
    zh: '验证码已过期或已使用，请重新获取',
    en: 'The code has expired or was already used; request a new one',
  },
  'AUTH.SMS_CODE_BURNED': {
    zh: '错误次数过多，验证码已失效，请重新获取',
    en: 'Too many wrong tries; the code is void, request a new one',
  },
  'AUTH.OPERATOR_INVALID': {
    zh: '账号、密码或动态码错误',
    en: 'Wrong account, password or one-time code',
  },
  'AUTH.OPERATOR_LOCKED': {
    zh: '失败次数过多，账号已暂时锁定，请 15 分钟后再试',
    en: 'Too many failures; the account is locked for 15 minutes',
  },
  'AUTH.QR_NOT_FOUND': {
    zh: '二维码不存在或已失效',
    en: 'The QR code does not exist or has expired',
  },
  'AUTH.QR_EXPIRED': { zh: '二维码已过期，请刷新', en: 'The QR code has expired; refresh it' },
  // onboarding
  'ONBOARDING.AGREEMENTS_REQUIRED': {
    zh: '请先阅读并勾选全部协议',
    en: 'Read and accept every agreement first',
  },
  'ONBOARDING.INELIGIBLE_SOLE_PROPRIETOR': {
    zh: '个体工商户暂不支持入驻服务市场，需以企业主体申请',
    en: 'Sole proprietorships (个体工商户) cannot onboard; apply as a company',
  },
  'ONBOARDING.INELIGIBLE_FOREIGN': {
    zh: '目前不支持境外法人入驻，入驻公司须为国内法人且有有效身份证号',
    en: 'Foreign legal persons cannot onboard; the company must be a mainland legal person with a valid resident ID',
  },
  'ONBOARDING.INELIGIBLE_MEDIA_GOV': {
    zh: '媒体号、政务号账号不能申请入驻',
    en: 'Media and government accounts cannot onboard',
  },
  'ONBOARDING.INELIGIBLE_VIOLATION': {
    zh: '该账号目前存在违规行为，暂不能申请入驻',
    en: 'This account has an open violation and cannot onboard now',
  },
  'ONBOARDING.ELIGIBILITY_REQUIRED': {
    zh: '请先确认主体类型',
    en: 'Confirm the applicant type first',
  },
  'ONBOARDING.REQUIRED': {
    zh: '请先完成服务商入驻（入驻申请审核通过后才能使用此功能）',
    en: 'Complete provider onboarding first (available once the application is approved)',
  },
  'ONBOARDING.NOT_EDITABLE': {
    zh: '申请审核中或已通过，不能修改',
    en: 'The application is under review or approved and cannot be changed',
  },
  'ONBOARDING.NOT_IN_REVIEW': {
    zh: '该申请不在待审核状态',
    en: 'This application is not waiting for review',
  },
  'ONBOARDING.CREDIT_CODE_TAKEN': {
    zh: '该统一社会信用代码已被其他服务商使用',
    en: 'This unified social credit code is already used by another provider',
  },
  'FILES.TYPE_NOT_ALLOWED': {
    zh: '文件类型不支持：仅支持 {allowed}（按文件内容识别）',
    en: 'File type not allowed: only {allowed} (judged by content)',
  },
  'FILES.TOO_LARGE': { zh: '文件过大，最大 {max}', en: 'The file is too large; at most {max}' },
  'FILES.EMPTY': { zh: '请选择要上传的文件', en: 'Choose a file to upload' },
  'POLICY.INVALID': { zh: '策略设置有误', en: 'The policy settings are not valid' },
  // field messages
  'validation.required': { zh: '必填', en: 'Required' },
  'validation.invalid': { zh: '格式不正确', en: 'Not valid' },
  'validation.number': { zh: '请输入数字', en: 'Enter a number' },
  'validation.integer': { zh: '请输入整数', en: 'Enter a whole number' },
  'validation.positive': { zh: '须大于 0', en: 'Must be greater than 0' },
  'validation.tooLarge': { zh: '数值过大', en: 'Too large' },
  'validation.tooLong': { zh: '内容过长', en: 'Too long' },
  'validation.date.format': { zh: '日期格式应为 YYYY-MM-DD', en: 'Use the date format YYYY-MM-DD' },
  'validation.date.invalid': {
    zh: '日期不存在（如 2 月 30 日）',
    en: 'No such date (such as 30 February)',
  },
  'validation.date.future': { zh: '日期不能晚于今天', en: 'The date cannot be in the future' },
  'validation.mobile.format': {
    zh: '请输入 11 位中国大陆手机号',
    en: 'Enter an 11-digit mainland China mobile number',
  },
  'validation.smsCode.format': { zh: '验证码为 6 位数字', en: 'The code is 6 digits' },
  'validation.totp.format': { zh: '动态码为 6 位数字', en: 'The one-time code is 6 digits' },
  'validation.email.format': { zh: '邮箱格式不正确', en: 'Not a valid email address' },
  'validation.companyName.length': {
    zh: '企业名称为 2–100 个字符',
    en: 'The company name is 2–100 characters',
  },
  'validation.address.length': { zh: '地址为 5–200 个字符', en: 'The address is 5–200 characters' },
  'validation.personName.length': { zh: '姓名为 2–50 个字符', en: 'The name is 2–50 characters' },
  'validation.creditCode.length': {
    zh: '统一社会信用代码为 18 位',
    en: 'The unified social credit code has 18 characters',
  },
  'validation.creditCode.charset': {
    zh: '统一社会信用代码只能包含数字和大写字母（不含 I、O、Z、S、V）',
    en: 'The credit code may only contain digits and capital letters except I, O, Z, S, V',
  },
  'validation.creditCode.checksum': {
    zh: '统一社会信用代码校验位不正确，请核对',
    en: 'The credit code’s check character is wrong; check the code',
  },
  'validation.idNumber.length': {
    zh: '身份证号为 18 位',
    en: 'The resident ID number has 18 characters',
  },
  'validation.idNumber.charset': {
    zh: '身份证号为 17 位数字加 1 位数字或大写 X',
    en: 'The ID number is 17 digits and a digit or capital X',
  },
  'validation.idNumber.birthDate': {
    zh: '身份证号中的出生日期不存在',
    en: 'The birth date in the ID number does not exist',
  },
  'validation.idNumber.future': {
    zh: '身份证号中的出生日期晚于今天',
    en: 'The birth date in the ID number is in the future',
  },
  'validation.idNumber.checksum': {
    zh: '身份证号校验位不正确，请核对',
    en: 'The ID number’s check character is wrong; check the number',
  },
  'validation.licence.required': { zh: '请上传营业执照', en: 'Upload the business licence' },
  'validation.licence.unknown': {
    zh: '营业执照文件不存在，请重新上传',
    en: 'The licence file was not found; upload it again',
  },
  'validation.companyType.ineligible': {
    zh: '该企业类型不能入驻',
    en: 'This company type cannot onboard',
  },
  'validation.reject.reasonRequired': {
    zh: '请填写驳回原因（整体或字段）',
    en: 'Give a reason (overall or per field)',
  },
  'validation.reject.unknownField': { zh: '未知字段', en: 'Unknown field' },
  'validation.calendar.yearMismatch': {
    zh: '日期不在所选年份内',
    en: 'The date is not in the chosen year',
  },
  'validation.calendar.duplicate': { zh: '日期重复', en: 'Duplicate date' },
  'validation.policy.range': {
    zh: '最小值不能大于最大值',
    en: 'The minimum cannot exceed the maximum',
  },
  // sms / email
  'sms.signInCode': {
    zh: '【服务市场】验证码 {code}，5 分钟内有效，请勿泄露。',
    en: '[Fuwu] Your code is {code}, valid for 5 minutes. Do not share it.',
  },
  'sms.onboardingApproved': {
    zh: '【服务市场】您的服务商入驻申请（{company}）已审核通过，请登录服务控制台继续资质认证。',
    en: '[Fuwu] Your provider application ({company}) was approved. Sign in to continue with qualifications.',
  },
  'sms.onboardingRejected': {
    zh: '【服务市场】您的服务商入驻申请（{company}）未通过审核：{reason}。请登录修改后重新提交。',
    en: '[Fuwu] Your provider application ({company}) was rejected: {reason}. Sign in to correct and resubmit.',
  },
};

/**
 * Modules add their own texts (error codes, field messages, SMS/email templates) from their
 * index.ts, so each module keeps its words beside its code. A key may be registered only once.
 */
export function registerMessages(entries: Record<string, MessageEntry>): void {
  for (const [key, entry] of Object.entries(entries)) {
    if (key in M && M[key] !== entry) throw new Error(`message ${key} registered twice`);
    M[key] = entry;
  }
}

export function pickLang(header: string | undefined): Lang {
  if (!header) return 'zh-CN';
  return /^\s*en\b/i.test(header) ? 'en-US' : 'zh-CN';
}

export function hasMessage(key: string): boolean {
  return key in M;
}

export function t(key: string, lang: Lang, params: Record<string, string | number> = {}): string {
  const e = M[key];
  const text = e ? (lang === 'en-US' ? e.en : e.zh) : key;
  return text.replace(/\{(\w+)\}/g, (_, k: string) => String(params[k] ?? `{${k}}`));
}
