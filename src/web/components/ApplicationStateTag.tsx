import { Tag } from './Tag';
import { useTranslation } from '../i18n';
import type { ApplicationState } from '../../contracts/onboarding';

const colors: Record<ApplicationState, string> = {
  draft: 'default',
  submitted: 'processing',
  approved: 'success',
  rejected: 'error',
};

export function ApplicationStateTag({ state }: { state: ApplicationState }) {
  const { t } = useTranslation();
  return <Tag color={colors[state]}>{t(`applicationState.${state}`)}</Tag>;
}
