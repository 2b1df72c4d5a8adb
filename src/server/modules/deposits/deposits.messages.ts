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
  'DEPOSITS.SHORTFALL': {
    zh: '可用金额不足：需缴纳 {required}，可用 {available}，还差 {shortfall}。请先充值。',
    en: 'Not enough available: {required} required, {available} available, {shortfall} short. Recharge first.',
  },
  'DEPOSITS.ALREADY_PAID': { zh: '该项保证金已缴纳', en: 'This deposit is already paid' },
  'DEPOSITS.STATEMENT_INVALID': {
    zh: '银行流水文件有误，请检查标出的行',
    en: 'The bank statement has errors; see the marked rows',
  },
  'DEPOSITS.CREDIT_NOT_OPEN': {
    zh: '该笔转账已处理',
    en: 'This transfer has already been handled',
  },
  'DEPOSITS.SECOND_OPERATOR_REQUIRED': {
    zh: '资金流出须由另一位运营人员审批',
    en: 'Money leaving needs the approval of a second operator',
  },
  'DEPOSITS.WITHDRAW_EXCEEDS_AVAILABLE': {
    zh: '可提取金额为 {available}（超出保证金要求的部分）',
    en: 'You can withdraw at most {available} (what is above the requirement)',
  },
  'DEPOSITS.EXIT_PENDING': {
    zh: '退出退还保证金的申请正在审批中，请勿重复提交',
    en: 'An exit refund is already waiting for approval',
  },
  'DEPOSITS.MONEY_OUT_PENDING': {
    zh: '尚有提取或扣除正在审批中，处理完毕后才能申请退出',
    en: 'A withdrawal or deduction is still waiting for approval; exit once it is settled',
  },
  'DEPOSITS.NOTHING_TO_REFUND': {
    zh: '保证金账户余额为零，没有可退还的金额',
    en: 'The deposit account is empty; there is nothing to refund',
  },
  'DEPOSITS.PROVIDER_NOT_FOUND': {
    zh: '找不到该服务商，请核对服务商编号',
    en: 'No provider has this ID; check it',
  },
  'validation.deduction.rule': {
    zh: '请注明所依据的规则条款',
    en: 'Cite the rule the deduction is for',
  },
  'validation.deduction.provider': {
    zh: '没有这个服务商编号',
    en: 'No provider has this ID',
  },
  'validation.statement.unreadable': { zh: '无法读取 CSV 文件', en: 'The CSV file cannot be read' },
  'validation.statement.columns': {
    zh: '缺少列：交易流水号、交易日期、金额、付款人名称、付款账号、附言',
    en: 'Missing columns: txn_id, date, amount, payer_name, payer_account, memo',
  },
  'validation.statement.amount': {
    zh: '金额须为正数，最多两位小数',
    en: 'The amount must be positive with at most two decimals',
  },
});
