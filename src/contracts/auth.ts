import { z } from 'zod';
import { operatorRoleSchema } from './common';
import { policySchema } from './policy';

export const mobileField = z.string().regex(/^1[3-9]\d{9}$/, { error: 'validation.mobile.format' });
export const accountRoleSchema = z.enum(['provider', 'merchant']);

export const smsSendBodySchema = z.object({ mobile: mobileField, role: accountRoleSchema });
export const smsSendReplySchema = z.object({
  cooldownSeconds: z.number(),
  expiresInSeconds: z.number(),
});

export const smsVerifyBodySchema = z.object({
  mobile: mobileField,
  code: z.string().regex(/^\d{6}$/, { error: 'validation.smsCode.format' }),
  role: accountRoleSchema,
});

export const operatorLoginBodySchema = z.object({
  username: z.string().min(1, { error: 'validation.required' }).max(64),
  password: z.string().min(1, { error: 'validation.required' }).max(200),
  totp: z.string().regex(/^\d{6}$/, { error: 'validation.totp.format' }),
});

export const qrStartBodySchema = z.object({ role: accountRoleSchema });
export const qrStartReplySchema = z.object({
  id: z.string(),
  confirmUrl: z.string(),
  qrSvg: z.string(),
  expiresAt: z.string(),
});
export const qrStatusReplySchema = z.object({
  status: z.enum(['pending', 'confirmed', 'expired', 'consumed']),
});

export const sessionActorSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('provider'),
    accountId: z.string(),
    mobileMasked: z.string(),
  }),
  z.object({
    kind: z.literal('merchant'),
    accountId: z.string(),
    mobileMasked: z.string(),
  }),
  z.object({
    kind: z.literal('operator'),
    operatorId: z.string(),
    username: z.string(),
    roles: z.array(operatorRoleSchema),
  }),
]);
export type SessionActor = z.infer<typeof sessionActorSchema>;

export const sessionReplySchema = z.object({
  actor: sessionActorSchema.nullable(),
  csrfToken: z.string(),
  policy: policySchema,
});
export type SessionReply = z.infer<typeof sessionReplySchema>;
