import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { AppError } from './errors';
import { hasMessage, pickLang, t, type Lang } from './messages';

declare module 'fastify' {
  interface FastifyRequest {
    lang: Lang;
  }
}

type Issue = { keyword: string; instancePath: string; message: string };

function valueAt(root: unknown, path: string[]): unknown {
  let v: unknown = root;
  for (const p of path)
    v = v && typeof v === 'object' ? (v as Record<string, unknown>)[p] : undefined;
  return v;
}

/** Turns schema issues into one message per field, in the request's language. */
function fieldsFromIssues(req: FastifyRequest, issues: Issue[]): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of issues) {
    const path = issue.instancePath.split('/').filter(Boolean);
    const field = path.join('.') || 'body';
    if (fields[field]) continue;
    let key = issue.message;
    if (!hasMessage(key)) {
      if (issue.keyword === 'invalid_type' && valueAt(req.body ?? req.query, path) === undefined) {
        key = 'validation.required';
      } else if (issue.keyword === 'too_big') key = 'validation.tooLong';
      else key = 'validation.invalid';
    }
    fields[field] = t(key, req.lang);
  }
  return fields;
}

export function formatBytes(n: number): string {
  return n >= 1024 * 1024 ? `${Math.round(n / 1024 / 1024)} MB` : `${Math.round(n / 1024)} KB`;
}

/** One error handler: AppError → its code, schema errors → field messages, 5xx hidden. */
export function installErrorHandler(app: FastifyInstance, maxUploadBytes: number): void {
  app.addHook('onRequest', async (req) => {
    req.lang = pickLang(req.headers['accept-language']);
  });
  app.setErrorHandler((err: FastifyError, req: FastifyRequest, reply: FastifyReply) => {
    const lang = req.lang ?? 'zh-CN';
    if (err instanceof AppError) {
      const fields = err.fields
        ? Object.fromEntries(
            Object.entries(err.fields).map(([k, v]) => [k, t(v, lang, err.params)]),
          )
        : undefined;
      return reply
        .code(err.status)
        .send({ code: err.code, message: t(err.code, lang, err.params), fields });
    }
    if (hasZodFastifySchemaValidationErrors(err)) {
      const fields = fieldsFromIssues(req, err.validation as unknown as Issue[]);
      return reply
        .code(400)
        .send({ code: 'COMMON.VALIDATION', message: t('COMMON.VALIDATION', lang), fields });
    }
    if (err.code === 'FST_CSRF_INVALID_TOKEN' || err.code === 'FST_CSRF_MISSING_SECRET') {
      return reply.code(403).send({ code: 'COMMON.CSRF', message: t('COMMON.CSRF', lang) });
    }
    if (err.code === 'FST_REQ_FILE_TOO_LARGE' || err.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
      const params = { max: formatBytes(maxUploadBytes) };
      return reply.code(413).send({
        code: 'FILES.TOO_LARGE',
        message: t('FILES.TOO_LARGE', lang, params),
        fields: { file: t('FILES.TOO_LARGE', lang, params) },
      });
    }
    if (err.statusCode === 429) {
      return reply
        .code(429)
        .send({ code: 'COMMON.RATE_LIMITED', message: t('COMMON.RATE_LIMITED', lang) });
    }
    if (err.statusCode && err.statusCode >= 400 && err.statusCode < 500) {
      return reply
        .code(err.statusCode)
        .send({ code: 'COMMON.BAD_REQUEST', message: t('validation.invalid', lang) });
    }
    req.log.error({ err }, 'unhandled error');
    return reply.code(500).send({ code: 'COMMON.INTERNAL', message: t('COMMON.INTERNAL', lang) });
  });
}
