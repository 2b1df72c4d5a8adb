import { Tooltip } from 'antd';
import { Tag } from '../../../components/Tag';
import { useTranslation } from '../../../i18n';
import { formatDateTime, type SimulationView } from '../deps';

/** Whether the app's callback answered the last simulated authorization. */
export function SimulationTag({ sim }: { sim: SimulationView | null }) {
  const { t } = useTranslation();
  if (!sim) return <Tag>{t('apps.sim.none')}</Tag>;
  const detail = `${formatDateTime(sim.at)} · ${sim.statusCode ?? sim.error ?? ''}${sim.location ? ` → ${sim.location}` : ''}`;
  return (
    <Tooltip title={detail}>
      <Tag color={sim.ok ? 'success' : 'error'}>
        {sim.ok ? t('apps.sim.ok') : t('apps.sim.failed')}
      </Tag>
    </Tooltip>
  );
}
