import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import {
  apiRequest,
  type bankCreditListReplySchema,
  type statementImportReplySchema,
} from '../deps';

export type BankCredit = z.infer<typeof bankCreditListReplySchema>['items'][number];
export type ImportSummary = z.infer<typeof statementImportReplySchema>;

export function useBankCredits(state?: string) {
  return useQuery({
    queryKey: ['bank', 'credits', state],
    queryFn: ({ signal }) =>
      apiRequest<{ items: BankCredit[] }>(
        `/api/ops/deposits/bank-credits${state ? `?state=${state}` : ''}`,
        { signal },
      ),
  });
}

function useBankMutation<V, R>(fn: (v: V) => Promise<R>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSettled: () => void qc.invalidateQueries({ queryKey: ['bank'] }),
  });
}

export const useImportStatement = () =>
  useBankMutation((v: { fileName: string; csv: string }) =>
    apiRequest<ImportSummary>('/api/ops/deposits/statements', { method: 'POST', body: v }),
  );
export const useMatchCredit = () =>
  useBankMutation((v: { id: string; providerId: string }) =>
    apiRequest(`/api/ops/deposits/bank-credits/${v.id}/match`, {
      method: 'POST',
      body: { providerId: v.providerId },
    }),
  );
export const useRequestReturn = () =>
  useBankMutation((v: { id: string; reason: string }) =>
    apiRequest(`/api/ops/deposits/bank-credits/${v.id}/return-request`, {
      method: 'POST',
      body: { reason: v.reason },
    }),
  );
export const useApproveReturn = () =>
  useBankMutation((id: string) =>
    apiRequest(`/api/ops/deposits/bank-credits/${id}/return-approve`, { method: 'POST' }),
  );
