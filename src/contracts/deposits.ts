import { z } from 'zod';

export const channelSchema = z.enum(['alipay', 'wechat', 'bank_personal', 'bank_corporate']);

export const paymentOrderSchema = z.object({
  id: z.string(),
  amountFen: z.number(),
  channel: channelSchema,
  state: z.string(),
  cashierUrl: z.string().nullable(),
  expiresAt: z.string(),
  createdAt: z.string(),
  paidAt: z.string().nullable(),
});

export const depositOverviewSchema = z.object({
  rule: z.enum(['highest', 'sum']),
  payment: z.enum(['online', 'offline']),
  withdrawal: z.enum(['online', 'ticket']),
  required: z.number(),
  balance: z.number(),
  available: z.number(),
  held: z.number(),
  due: z.number(),
  requirements: z.array(
    z.object({
      id: z.string(),
      sourceType: z.string(),
      sourceId: z.string(),
      label: z.string(),
      amountFen: z.number(),
      heldFen: z.number(),
    }),
  ),
  openOrder: paymentOrderSchema.nullable(),
});
export type DepositOverviewReply = z.infer<typeof depositOverviewSchema>;

export const startPaymentBodySchema = z.object({ channel: channelSchema });

export const transactionSchema = z.object({
  id: z.string(),
  kind: z.string(),
  amountFen: z.number(),
  result: z.enum(['success', 'failure']),
  memo: z.string(),
  voucherCode: z.string().nullable(),
  at: z.string(),
});
export const transactionListQuerySchema = z.object({
  result: z.enum(['success', 'failure']).optional(),
  page: z.coerce.number().int().min(1).max(10000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});
export const transactionListReplySchema = z.object({
  items: z.array(transactionSchema),
  total: z.number(),
});

export const remittanceReplySchema = z.object({
  code: z.string(),
  accountName: z.string(),
  bankName: z.string(),
  accountNo: z.string(),
});

export const statementImportBodySchema = z.object({
  fileName: z.string().min(1).max(200),
  csv: z
    .string()
    .min(1, { error: 'validation.required' })
    .max(1_000_000, { error: 'validation.tooLong' }),
});
export const statementImportReplySchema = z.object({
  rows: z.number(),
  credited: z.number(),
  unmatched: z.number(),
  duplicates: z.number(),
});

export const bankCreditSchema = z.object({
  id: z.string(),
  bankTxnId: z.string(),
  valueDate: z.string(),
  amountFen: z.number(),
  payerName: z.string(),
  payerAccount: z.string(),
  memo: z.string(),
  state: z.string(),
  providerId: z.string().nullable(),
  reason: z.string().nullable(),
  requestedBy: z.string().nullable(),
  createdAt: z.string(),
});
export const bankCreditListReplySchema = z.object({ items: z.array(bankCreditSchema) });
export const bankCreditQuerySchema = z.object({
  state: z.enum(['credited', 'unmatched', 'return_requested', 'returned']).optional(),
});
export const matchBodySchema = z.object({ providerId: z.string().min(1).max(64) });
export const returnRequestBodySchema = z.object({
  reason: z.string().trim().min(2, { error: 'validation.required' }).max(200),
});

export const withdrawBodySchema = z.object({
  amountFen: z
    .number({ error: 'validation.number' })
    .int({ error: 'validation.integer' })
    .positive({ error: 'validation.positive' }),
  reason: z.string().trim().max(200).default(''),
});
export const exitBodySchema = z.object({
  reason: z.string().trim().max(200, { error: 'validation.tooLong' }).default(''),
});
export const deductionBodySchema = z.object({
  providerId: z.string().min(1).max(64),
  amountFen: z
    .number({ error: 'validation.number' })
    .int({ error: 'validation.integer' })
    .positive({ error: 'validation.positive' }),
  rule: z.string().trim().min(2, { error: 'validation.deduction.rule' }).max(100),
  reason: z.string().trim().min(2, { error: 'validation.required' }).max(500),
});
export const moneyOutSchema = z.object({
  id: z.string(),
  kind: z.string(),
  providerId: z.string(),
  companyName: z.string().nullable(),
  amountFen: z.number(),
  state: z.string(),
  rule: z.string().nullable(),
  reason: z.string(),
  requestedBy: z.string(),
  firstApprovedBy: z.string().nullable(),
  secondApprovedBy: z.string().nullable(),
  createdAt: z.string(),
  decidedAt: z.string().nullable(),
});
export const moneyOutListReplySchema = z.object({ items: z.array(moneyOutSchema) });
export const moneyOutQuerySchema = z.object({
  state: z.enum(['requested', 'first_approved', 'done', 'rejected']).optional(),
});

export const voucherVerifyQuerySchema = z.object({
  no: z
    .string()
    .trim()
    .min(1, { error: 'validation.required' })
    .max(40, { error: 'validation.tooLong' }),
  code: z
    .string()
    .trim()
    .min(1, { error: 'validation.required' })
    .max(40, { error: 'validation.tooLong' }),
});
export const voucherVerifyReplySchema = z.union([
  z.object({ genuine: z.literal(false) }),
  z.object({
    genuine: z.literal(true),
    voucherNo: z.string(),
    kind: z.string(),
    amountFen: z.number(),
    at: z.string(),
  }),
]);
