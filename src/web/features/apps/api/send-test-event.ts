import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest, type WebhookDeliveryView } from '../deps';
import { appsKeys } from './keys';

/** Queues a `webhook.ping` event to the app's webhook URL. */
export function sendTestEvent(appId: string): Promise<WebhookDeliveryView> {
  return apiRequest(`/api/provider/apps/${encodeURIComponent(appId)}/webhook-test`, {
    method: 'POST',
  });
}

export function useSendTestEvent(appId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => sendTestEvent(appId),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: appsKeys.deliveries(appId) }),
  });
}
