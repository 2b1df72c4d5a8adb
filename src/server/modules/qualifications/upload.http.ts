import type { FastifyRequest } from 'fastify';
import { AppError } from '../../platform/errors';

/** The one file of a multipart request (field `file`); FILES.EMPTY when there is none. */
export async function readUpload(req: FastifyRequest) {
  const empty = () => new AppError('FILES.EMPTY', 400, { fields: { file: 'FILES.EMPTY' } });
  if (!req.isMultipart()) throw empty();
  const file = await req.file();
  if (!file) throw empty();
  return { filename: file.filename, bytes: await file.toBuffer() };
}
