import { Tag } from '../../../components/Tag';
import { useTranslation } from '../../../i18n';
import type { AppState } from '../deps';

const colors: Record<AppState, string> = {
  developing: 'processing',
  online: 'success',
  suspended: 'error',
};

export function AppStateTag({ state }: { state: AppState }) {
  const { t } = useTranslation();
  return (
    <Tag color={colors[state]} data-testid="app-state">
      {t(`apps.state.${state}`)}
    </Tag>
  );
}
