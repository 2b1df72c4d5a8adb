import { useMutation } from '@tanstack/react-query';
import { apiRequest, useSessionChanged } from '../deps';

export function logout(): Promise<{ ok: true }> {
  return apiRequest('/api/auth/logout', { method: 'POST' });
}

export function useLogout() {
  const sessionChanged = useSessionChanged();
  return useMutation({ mutationFn: logout, onSuccess: () => void sessionChanged() });
}
