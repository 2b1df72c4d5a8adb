import { Flex } from 'antd';
import { NativeSelect } from '../../../components/NativeSelect';
import { Alert } from '../../../components/Alert';
import { Tag } from '../../../components/Tag';
import { Typography } from '../../../components/Typography';
import { Card } from '../../../components/Card';
import { useTranslation } from '../../../i18n';
import { useSearchParams } from 'react-router';
import { useCalendar } from '../api/get-calendar';
import { CalendarDaysForm } from '../components/CalendarDaysForm';
import { ErrorAlert, PageSpinner } from '../deps';

/** The years offered: ten back, two ahead, and the one shown. */
function yearOptions(shown: number) {
  const now = new Date().getFullYear();
  const years = new Set([shown]);
  for (let y = now - 10; y <= now + 2; y++) years.add(y);
  return [...years].sort((a, b) => a - b).map((y) => ({ value: String(y), label: String(y) }));
}

/** Working-day calendar: the holidays and 调休 days review deadlines count with. */
export default function CalendarPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const year = Number(params.get('year')) || new Date().getFullYear();
  const calendar = useCalendar(year);

  return (
    <Card
      title={t('ops.menu.calendar')}
      extra={
        <NativeSelect
          value={String(year)}
          onChange={(y) => setParams({ year: y })}
          options={yearOptions(year)}
          aria-label={t('calendar.year')}
          data-testid="calendar-year"
        />
      }
    >
      {calendar.isPending && <PageSpinner />}
      <ErrorAlert error={calendar.error} />
      {calendar.data && (
        <>
          <Flex gap={8} align="center" style={{ marginBottom: 16 }}>
            <Typography.Text>{t('calendar.source')}</Typography.Text>
            <Tag>{t(`calendar.sourceName.${calendar.data.source}`)}</Tag>
          </Flex>
          {!calendar.data.covered && (
            <Alert
              type="warning"
              showIcon
              title={t('calendar.notCovered', { year })}
              data-testid="calendar-not-covered"
              style={{ marginBottom: 16 }}
            />
          )}
          <CalendarDaysForm key={year} calendar={calendar.data} />
        </>
      )}
    </Card>
  );
}
