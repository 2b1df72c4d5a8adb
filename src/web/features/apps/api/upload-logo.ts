import { useMutation } from '@tanstack/react-query';
import type { z } from 'zod';
import { apiRequest, type fileRefSchema } from '../deps';

export type FileRef = z.infer<typeof fileRefSchema>;

/** Multipart upload of an app logo (field `file`; JPG or PNG, judged by content). */
export function uploadLogo(file: File): Promise<FileRef> {
  const body = new FormData();
  body.append('file', file);
  return apiRequest('/api/provider/apps/logo', { method: 'POST', body });
}

export function useUploadLogo() {
  return useMutation({ mutationFn: uploadLogo });
}
