import { useTranslation } from '../i18n';
import { isApiError } from './api';

/** The text of an error for toasts and alerts: the server's message, or a generic failure. */
export function useErrorText() {
  const { t } = useTranslation();
  return (error: unknown) => (isApiError(error) ? error.message : t('common.networkError'));
}
