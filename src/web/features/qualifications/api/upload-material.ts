import { apiRequest, type UploadedFile } from '../deps';

export type MaterialKind = 'screenshot' | 'document' | 'deck';

/** Multipart upload (field `file`) of a screenshot, document or deck; sniffed on the server. */
export function uploadMaterial(kind: MaterialKind, file: File): Promise<UploadedFile> {
  const body = new FormData();
  body.append('file', file);
  return apiRequest(`/api/provider/qualifications/files/${kind}`, { method: 'POST', body });
}
