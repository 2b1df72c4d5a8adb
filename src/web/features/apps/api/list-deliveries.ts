import { useQuery } from '@tanstack/react-query';
import { apiRequest, type WebhookDeliveryView } from '../deps';
import { appsKeys } from './keys';

export function listDeliveries(
  id: string,
  signal?: AbortSignal,
): Promise<{ items: WebhookDeliveryView[] }> {
  return apiRequest(`/api/provider/apps/${encodeURIComponent(id)}/webhook-deliveries`, { signal });
}

export function useDeliveries(id: string) {
  return useQuery({
    queryKey: appsKeys.deliveries(id),
    queryFn: ({ signal }) => listDeliveries(id, signal),
  });
}
