import { apiRequest, type UploadedFile } from '../deps';

/** ID-card images (JPG/PNG) or the power of attorney (PDF/JPG/PNG), sniffed on the server. */
export function uploadCertFile(kind: 'id-image' | 'attorney', file: File): Promise<UploadedFile> {
  const body = new FormData();
  body.append('file', file);
  return apiRequest(`/api/provider/certification/files/${kind}`, { method: 'POST', body });
}
