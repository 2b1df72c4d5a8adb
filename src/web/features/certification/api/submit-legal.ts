import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { apiRequest, type legalSubmitBodySchema } from '../deps';
import { certificationKey } from './get-certification';

export function submitLegal(body: z.infer<typeof legalSubmitBodySchema>) {
  return apiRequest<{ state: 'submitted'; expectedBy: string }>(
    '/api/provider/certification/legal',
    {
      method: 'POST',
      body,
    },
  );
}

export function useSubmitLegal() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: submitLegal,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: certificationKey }),
  });
}
