import { Alert } from '../../../components/Alert';
import { useTranslation } from '../../../i18n';
import { Link } from 'react-router';
import { useCalendarCoverage } from '../api/get-coverage';

/** Warns operators that deadlines soon fall in a year without holiday data. */
export function CoverageBanner() {
  const { t } = useTranslation();
  const coverage = useCalendarCoverage();
  const years = coverage.data?.uncoveredYears ?? [];
  if (!years.length) return null;
  return (
    <Alert
      type="warning"
      showIcon
      banner
      data-testid="calendar-coverage-warning"
      style={{ marginBottom: 16 }}
      title={t('calendar.notCovered', { year: years.join('、') })}
      action={<Link to={`/ops/calendar?year=${years[0]}`}>{t('calendar.enterYear')}</Link>}
    />
  );
}
