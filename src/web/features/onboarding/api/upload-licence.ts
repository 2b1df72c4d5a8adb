import { useMutation } from '@tanstack/react-query';
import type { z } from 'zod';
import { apiRequest, type fileRefSchema } from '../deps';

export type FileRef = z.infer<typeof fileRefSchema>;

/** Multipart upload of the business-licence image (field `file`). */
export function uploadLicence(file: File): Promise<FileRef> {
  const body = new FormData();
  body.append('file', file);
  return apiRequest('/api/provider/onboarding/licence', { method: 'POST', body });
}

export function useUploadLicence() {
  return useMutation({ mutationFn: uploadLicence });
}
