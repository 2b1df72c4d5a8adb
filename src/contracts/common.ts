import { z } from 'zod';

/** Every error answer: a stable code, a message in the user's language, and per-field messages. */
export const errorBodySchema = z.object({
  code: z.string(),
  message: z.string(),
  fields: z.record(z.string(), z.string()).optional(),
});
export type ErrorBody = z.infer<typeof errorBodySchema>;

export const okSchema = z.object({ ok: z.literal(true) });

export const pageQuerySchema = z.object({
  page: z.coerce.number().int().min(1).max(10000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});

export const idParamSchema = z.object({ id: z.string().min(1).max(64) });

/** 'YYYY-MM-DD' that is a real calendar date. */
export const dateStringSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'validation.date.format' })
  .refine(
    (s) => {
      const d = new Date(`${s}T00:00:00Z`);
      return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
    },
    { error: 'validation.date.invalid' },
  );

export const actorKindSchema = z.enum(['provider', 'merchant', 'operator']);
export type ActorKind = z.infer<typeof actorKindSchema>;
export const operatorRoleSchema = z.enum(['reviewer', 'finance', 'admin']);
export type OperatorRole = z.infer<typeof operatorRoleSchema>;
