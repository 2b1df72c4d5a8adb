import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { apiRequest, type agentSubmitBodySchema } from '../deps';
import { certificationKey } from './get-certification';

export type AgentBody = z.infer<typeof agentSubmitBodySchema>;

export function submitAgent(body: AgentBody) {
  return apiRequest<{ state: 'submitted'; expectedBy: string }>(
    '/api/provider/certification/agent',
    {
      method: 'POST',
      body,
    },
  );
}

export function useSubmitAgent() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: submitAgent,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: certificationKey }),
  });
}
