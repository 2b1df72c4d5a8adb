import type { FastifyRequest } from 'fastify';
import { AppError } from './errors';

/**
 * The one file of a multipart request (field `file`); FILES.EMPTY when there is none. Every upload
 * route reads through here; size and type checks stay with the files module's saveUpload.
 */
export async function readUpload(req: FastifyRequest) {
  const empty = () => new AppError('FILES.EMPTY', 400, { fields: { file: 'FILES.EMPTY' } });
  if (!req.isMultipart()) throw empty();
  const file = await req.file();
  if (!file) throw empty();
  return { filename: file.filename, bytes: await file.toBuffer() };
}
