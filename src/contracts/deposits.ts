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
