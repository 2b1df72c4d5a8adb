import { createHash } from 'node:crypto';
import type { Actor, AppContext } from '../../platform/context';
import { AppError, notFound } from '../../platform/errors';
import { formatBytes } from '../../platform/http';
import { newId } from '../../platform/ids';
import { findFile, insertFile, type FileRow } from './files.repo';
import { cleanName, isAllowed, UPLOAD_KINDS, type UploadPurpose } from './files.rules';
import { activeContentIssue } from './active-content.rules';

export type FileRef = { id: string; name: string; mime: string; size: number };
type Owner = { kind: string; id: string };

const toRef = (f: FileRow): FileRef => ({
  id: f.id,
  name: f.originalName,
  mime: f.mime,
  size: f.size,
});

/** Sniffs, stores and records an upload; a failed record removes the stored bytes again. */
export async function saveUpload(
  ctx: AppContext,
  owner: Owner,
  purpose: UploadPurpose,
  upload: { filename: string; bytes: Buffer },
): Promise<FileRef> {
  const fail = (code: string, params: Record<string, string>) =>
    new AppError(code, code === 'FILES.TOO_LARGE' ? 413 : 415, { params, fields: { file: code } });
  if (upload.bytes.length === 0)
    throw new AppError('FILES.EMPTY', 400, { fields: { file: 'FILES.EMPTY' } });
  if (upload.bytes.length > ctx.config.maxUploadBytes) {
    throw fail('FILES.TOO_LARGE', { max: formatBytes(ctx.config.maxUploadBytes) });
  }
  const { fileTypeFromBuffer } = await import('file-type'); // on first use, not at every start
  const sniffed = await fileTypeFromBuffer(upload.bytes);
  const active = sniffed ? activeContentIssue(upload.bytes, sniffed.mime) : null;
  if (active) throw fail(active, {});
  if (!isAllowed(purpose, sniffed?.mime))
    throw fail('FILES.TYPE_NOT_ALLOWED', { allowed: UPLOAD_KINDS[purpose].label });
  const now = ctx.clock.now();
  const id = newId('fil');
  const key = `uploads/${now.getUTCFullYear()}/${id}`;
  await ctx.storage.put(key, upload.bytes);
  const row: FileRow = {
    id,
    ownerKind: owner.kind,
    ownerId: owner.id,
    purpose,
    storageKey: key,
    originalName: cleanName(upload.filename),
    mime: sniffed!.mime,
    size: upload.bytes.length,
    sha256: createHash('sha256').update(upload.bytes).digest('hex'),
    createdAt: now,
  };
  try {
    await insertFile(ctx.db, row);
  } catch (e) {
    await ctx.storage.remove(key);
    throw e;
  }
  return toRef(row);
}

/** A file's metadata, if it belongs to this owner (used to check ids sent in forms). */
export async function findOwnedFile(
  ctx: AppContext,
  owner: Owner,
  id: string,
  purpose: UploadPurpose,
) {
  const f = await findFile(ctx.db, id);
  return f && f.ownerKind === owner.kind && f.ownerId === owner.id && f.purpose === purpose
    ? toRef(f)
    : null;
}

export async function getFileRef(ctx: AppContext, id: string) {
  const f = await findFile(ctx.db, id);
  return f ? toRef(f) : null;
}

/** Bytes for the owner or an operator; anyone else gets 404 (no hint that it exists). */
export async function readFileFor(ctx: AppContext, actor: Actor | null, id: string) {
  const f = await findFile(ctx.db, id);
  const isOwner =
    f &&
    actor &&
    actor.kind !== 'operator' &&
    actor.kind !== 'system' &&
    f.ownerId === actor.accountId;
  if (!f || !(isOwner || actor?.kind === 'operator')) throw notFound();
  return { mime: f.mime, bytes: await ctx.storage.get(f.storageKey) };
}

/** Bytes of a file another module has decided to show publicly (e.g. an online app's logo). */
export async function readPublishedFile(ctx: AppContext, id: string) {
  const f = await findFile(ctx.db, id);
  if (!f) throw notFound();
  return { mime: f.mime, bytes: await ctx.storage.get(f.storageKey) };
}
