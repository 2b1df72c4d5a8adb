import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import {
  apiRequest,
  type OpsServiceDetail,
  type PenaltyKind,
  type opsServiceListReplySchema,
} from '../deps';
import { servicesKeys } from './keys';

export type OpsServiceList = z.infer<typeof opsServiceListReplySchema>;
export type OpsServiceItem = OpsServiceList['items'][number];

export function useOpsServices(scope: 'queue' | 'all', q?: string) {
  return useQuery({
    queryKey: [...servicesKeys.ops(scope), q ?? ''],
    queryFn: ({ signal }) =>
      apiRequest<OpsServiceList>('/api/ops/services', { signal, query: { scope, q } }),
  });
}

export function useOpsService(id: string) {
  return useQuery({
    queryKey: servicesKeys.opsOne(id),
    queryFn: ({ signal }) =>
      apiRequest<OpsServiceDetail>(`/api/ops/services/${encodeURIComponent(id)}`, { signal }),
  });
}

export function useDecideService(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (d: { decision: 'approve' | 'reject'; versionId: string; reason?: string }) =>
      apiRequest(`/api/ops/services/${encodeURIComponent(id)}/${d.decision}`, {
        method: 'POST',
        body: { versionId: d.versionId, reason: d.reason },
      }),
    onSettled: () => void qc.invalidateQueries({ queryKey: servicesKeys.all }),
  });
}

export function usePenalize(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (p: { kind: PenaltyKind; reason: string }) =>
      apiRequest(`/api/ops/services/${encodeURIComponent(id)}/penalties`, {
        method: 'POST',
        body: p,
      }),
    onSettled: () => void qc.invalidateQueries({ queryKey: servicesKeys.all }),
  });
}
