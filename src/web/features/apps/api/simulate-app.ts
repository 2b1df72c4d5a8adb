import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest, type SimulationView } from '../deps';
import { appsKeys } from './keys';

/** The test merchant authorizes the app; answers whether its callback answered. */
export function simulateApp(id: string): Promise<SimulationView> {
  return apiRequest(`/api/ops/apps/${encodeURIComponent(id)}/simulate`, { method: 'POST' });
}

export function useSimulateApp(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => simulateApp(id),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: appsKeys.opsOne(id) }),
  });
}
