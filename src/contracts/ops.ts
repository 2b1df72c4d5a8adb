import { z } from 'zod';
import { dateStringSchema } from './common';

export const outboxItemSchema = z.object({
  id: z.string(),
  channel: z.enum(['sms', 'email']),
  recipientMasked: z.string(),
  /** The full recipient: operators read the outbox to deliver by hand in development. */
  recipient: z.string(),
  template: z.string(),
  body: z.string(),
  status: z.enum(['pending', 'sent', 'failed']),
  attempts: z.number(),
  createdAt: z.string(),
  sentAt: z.string().nullable(),
});
export const outboxListQuerySchema = z.object({
  channel: z.enum(['sms', 'email']).optional(),
  recipient: z.string().max(200).optional(),
  page: z.coerce.number().int().min(1).max(10000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});
export const outboxListReplySchema = z.object({
  items: z.array(outboxItemSchema),
  total: z.number(),
});

export const auditItemSchema = z.object({
  id: z.string(),
  actorKind: z.string(),
  actorId: z.string().nullable(),
  action: z.string(),
  targetType: z.string(),
  targetId: z.string().nullable(),
  detail: z.record(z.string(), z.unknown()),
  at: z.string(),
});
export const auditListQuerySchema = z.object({
  action: z.string().max(100).optional(),
  targetId: z.string().max(64).optional(),
  page: z.coerce.number().int().min(1).max(10000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});
export const auditListReplySchema = z.object({
  items: z.array(auditItemSchema),
  total: z.number(),
});

export const calendarDaySchema = z.object({
  date: dateStringSchema,
  kind: z.enum(['holiday', 'workday']),
  name: z.string().max(50).default(''),
});
export const calendarYearParamSchema = z.object({
  year: z.coerce.number().int().min(2000).max(2100),
});
export const calendarYearReplySchema = z.object({
  year: z.number(),
  covered: z.boolean(),
  source: z.enum(['builtin', 'operator', 'none']),
  days: z.array(calendarDaySchema),
});
export const calendarYearBodySchema = z.object({ days: z.array(calendarDaySchema).max(200) });

export const categorySchema = z.object({
  id: z.string(),
  platform: z.enum(['kuaishou', 'xiaohongshu']),
  group: z.string(),
  name: z.string(),
  type: z.enum(['tool', 'operation', 'service']),
  depositFen: z.number(),
});
export const categoryListReplySchema = z.object({ items: z.array(categorySchema) });

/** Years a review deadline may fall in soon that have no holiday data yet. */
export const calendarCoverageReplySchema = z.object({ uncoveredYears: z.array(z.number()) });
