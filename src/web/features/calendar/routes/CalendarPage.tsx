import { DatePicker, Flex } from 'antd';
import { Alert } from '../../../components/Alert';
import { Tag } from '../../../components/Tag';
import { Typography } from '../../../components/Typography';
import { Card } from '../../../components/Card';
import dayjs from '../../../lib/dayjs';
import { useTranslation } from '../../../i18n';
import { useSearchParams } from 'react-router';
import { useCalendar } from '../api/get-calendar';
import { CalendarDaysForm } from '../components/CalendarDaysForm';
import { ErrorAlert, PageSpinner } from '../deps';

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
        <DatePicker
          picker="year"
          allowClear={false}
          value={dayjs(`${year}-01-01`)}
          onChange={(d) => d && setParams({ year: String(d.year()) })}
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
