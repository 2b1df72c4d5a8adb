import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import { apiRequest, type auditListQuerySchema, type auditListReplySchema } from '../deps';

export type AuditQuery = Partial<z.infer<typeof auditListQuerySchema>>;
export type AuditReply = z.infer<typeof auditListReplySchema>;
export type AuditItem = AuditReply['items'][number];

export function listAudit(query: AuditQuery, signal?: AbortSignal): Promise<AuditReply> {
  return apiRequest('/api/ops/audit', { query, signal });
}

export function useAudit(query: AuditQuery) {
  return useQuery({
    queryKey: ['audit', query],
    queryFn: ({ signal }) => listAudit(query, signal),
    placeholderData: keepPreviousData,
  });
}
