import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest, type QualificationDetail } from '../deps';
import { qualificationsKey } from './list-my-qualifications';

export function withdrawApplication(id: string): Promise<QualificationDetail> {
  return apiRequest(`/api/provider/qualifications/${encodeURIComponent(id)}/withdraw`, {
    method: 'POST',
  });
}

export function useWithdrawApplication() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: withdrawApplication,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: qualificationsKey }),
  });
}
