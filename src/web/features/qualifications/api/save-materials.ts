import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest, type Materials, type QualificationDetail } from '../deps';
import { applicationKey } from './get-application';

export function saveMaterials(v: {
  id: string;
  materials: Materials;
}): Promise<QualificationDetail> {
  return apiRequest(`/api/provider/qualifications/${encodeURIComponent(v.id)}/draft`, {
    method: 'PUT',
    body: { materials: v.materials },
  });
}

export function useSaveMaterials() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: saveMaterials,
    onSuccess: (detail) => queryClient.setQueryData(applicationKey(detail.id), detail),
  });
}
