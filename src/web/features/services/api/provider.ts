import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import {
  apiRequest,
  type ServiceContent,
  type ServiceDetail,
  type ServiceOptions,
  type ServiceSummary,
  type serviceListReplySchema,
  type submitServiceReplySchema,
} from '../deps';
import { servicesKeys } from './keys';

export type ServiceList = z.infer<typeof serviceListReplySchema>;
export type SubmitReply = z.infer<typeof submitServiceReplySchema>;
export type UploadedImage = { id: string; url: string; width: number; height: number };

const path = (id: string) => `/api/provider/services/${encodeURIComponent(id)}`;

export function useMyServices() {
  return useQuery({
    queryKey: servicesKeys.mine,
    queryFn: ({ signal }) => apiRequest<ServiceList>('/api/provider/services', { signal }),
  });
}

export function useServiceOptions() {
  return useQuery({
    queryKey: servicesKeys.options,
    queryFn: ({ signal }) =>
      apiRequest<ServiceOptions>('/api/provider/services/options', { signal }),
  });
}

export function useMyService(id: string) {
  return useQuery({
    queryKey: servicesKeys.one(id),
    queryFn: ({ signal }) => apiRequest<ServiceDetail>(path(id), { signal }),
  });
}

export function useCreateService() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: { categoryId: string; appId?: string | null }) =>
      apiRequest<ServiceSummary>('/api/provider/services', { method: 'POST', body }),
    onSuccess: () => void qc.invalidateQueries({ queryKey: servicesKeys.all }),
  });
}

/** Saves the draft, then (optionally) submits it for review, as one user action. */
export function useSaveService(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async (v: {
      content: ServiceContent;
      appId?: string | null;
      submit: boolean;
    }): Promise<SubmitReply | null> => {
      const saved = await apiRequest<ServiceDetail>(`${path(id)}/draft`, {
        method: 'PUT',
        body: { content: v.content, appId: v.appId },
      });
      qc.setQueryData(servicesKeys.one(id), saved);
      if (!v.submit) return null;
      return apiRequest<SubmitReply>(`${path(id)}/submit`, { method: 'POST' });
    },
    onSettled: () => void qc.invalidateQueries({ queryKey: servicesKeys.all }),
  });
}

export function useSubmitService(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () => apiRequest<SubmitReply>(`${path(id)}/submit`, { method: 'POST' }),
    onSettled: () => void qc.invalidateQueries({ queryKey: servicesKeys.all }),
  });
}

export function useListing(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (action: 'list' | 'delist') =>
      apiRequest<ServiceDetail>(`${path(id)}/${action}`, { method: 'POST' }),
    onSuccess: (d) => qc.setQueryData(servicesKeys.one(id), d),
    onSettled: () => void qc.invalidateQueries({ queryKey: servicesKeys.mine, exact: true }),
  });
}

export function useUploadImage() {
  return useMutation({
    mutationFn: ({ file, role }: { file: File; role: 'main' | 'gallery' }) => {
      const body = new FormData();
      body.append('file', file);
      return apiRequest<UploadedImage>('/api/provider/services/images', {
        method: 'POST',
        body,
        query: { role },
      });
    },
  });
}
