import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest, type WebhookDeliveryView } from '../deps';
import { appsKeys } from './keys';

/** Sends a logged event again (same event id and body). */
export function replayDelivery(appId: string, deliveryId: string): Promise<WebhookDeliveryView> {
  const path = `/api/provider/apps/${encodeURIComponent(appId)}/webhook-deliveries/${encodeURIComponent(deliveryId)}/replay`;
  return apiRequest(path, { method: 'POST' });
}

export function useReplayDelivery(appId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (deliveryId: string) => replayDelivery(appId, deliveryId),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: appsKeys.deliveries(appId) }),
  });
}
