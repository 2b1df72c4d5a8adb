import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest, type AppBody, type AppView } from '../deps';
import { appsKeys } from './keys';

export function updateApp({ id, body }: { id: string; body: AppBody }): Promise<AppView> {
  return apiRequest(`/api/provider/apps/${encodeURIComponent(id)}`, { method: 'PUT', body });
}

export function useUpdateApp() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateApp,
    onSuccess: (app) => {
      queryClient.setQueryData(appsKeys.one(app.id), app);
      void queryClient.invalidateQueries({ queryKey: appsKeys.mine, exact: true });
    },
  });
}
