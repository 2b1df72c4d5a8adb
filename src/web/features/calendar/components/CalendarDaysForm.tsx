import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, DatePicker, Flex, Form, Select } from 'antd';
import { Input } from '../../../components/Input';
import { useMessage } from '../../../components/message';
import { Table } from '../../../components/Table';
import dayjs, { type Dayjs } from '../../../lib/dayjs';
import { useState } from 'react';
import { useTranslation } from '../../../i18n';
import type { CalendarDay, CalendarYear } from '../api/get-calendar';
import { useSaveCalendar } from '../api/save-calendar';
import { applyFieldErrors, ErrorAlert } from '../deps';

interface Row {
  date: Dayjs | null;
  kind: CalendarDay['kind'];
  name: string;
}
const format = 'YYYY-MM-DD';

/** The year's holidays (休) and make-up working days (班), editable row by row. */
export function CalendarDaysForm({ calendar }: { calendar: CalendarYear }) {
  const { t } = useTranslation();
  const { message } = useMessage();
  const [form] = Form.useForm<{ days: Row[] }>();
  const [error, setError] = useState<unknown>(null);
  const save = useSaveCalendar();
  const initialDays: Row[] = calendar.days.map((d) => ({ ...d, date: dayjs(d.date, format) }));
  const outsideYear = (d: Dayjs) => d.year() !== calendar.year;

  const submit = ({ days = [] }: { days?: Row[] }) => {
    setError(null);
    const body = {
      days: days.map((d) => ({
        date: d.date?.format(format) ?? '',
        kind: d.kind,
        name: d.name ?? '',
      })),
    };
    save.mutate(
      { year: calendar.year, body },
      {
        onSuccess: () => void message.success(t('calendar.saved')),
        onError: (e) => {
          setError(e);
          applyFieldErrors(form, e);
        },
      },
    );
  };

  return (
    <Form form={form} initialValues={{ days: initialDays }} onFinish={submit}>
      <ErrorAlert error={error} />
      <Form.List name="days">
        {(fields, { add, remove }) => (
          <>
            <Table
              rowKey="key"
              size="small"
              pagination={false}
              dataSource={fields}
              data-testid="calendar-table"
              columns={[
                {
                  title: t('calendar.col.date'),
                  render: (_: unknown, field) => (
                    <Form.Item
                      name={[field.name, 'date']}
                      style={{ margin: 0 }}
                      rules={[{ required: true, message: t('validation.required') }]}
                    >
                      <DatePicker
                        format={format}
                        disabledDate={outsideYear}
                        defaultPickerValue={dayjs(`${calendar.year}-01-01`)}
                      />
                    </Form.Item>
                  ),
                },
                {
                  title: t('calendar.col.kind'),
                  render: (_: unknown, field) => (
                    <Form.Item name={[field.name, 'kind']} style={{ margin: 0 }}>
                      <Select
                        style={{ width: 140 }}
                        options={(['holiday', 'workday'] as const).map((k) => ({
                          value: k,
                          label: t(`calendar.kind.${k}`),
                        }))}
                      />
                    </Form.Item>
                  ),
                },
                {
                  title: t('calendar.col.name'),
                  render: (_: unknown, field) => (
                    <Form.Item name={[field.name, 'name']} style={{ margin: 0 }}>
                      <Input maxLength={50} placeholder={t('calendar.namePlaceholder')} />
                    </Form.Item>
                  ),
                },
                {
                  title: '',
                  width: 56,
                  render: (_: unknown, field) => (
                    <Button
                      type="text"
                      danger
                      icon={<DeleteOutlined />}
                      aria-label={t('common.remove')}
                      onClick={() => remove(field.name)}
                    />
                  ),
                },
              ]}
            />
            <Flex gap={8} style={{ marginTop: 16 }}>
              <Button
                icon={<PlusOutlined />}
                onClick={() => add({ date: null, kind: 'holiday', name: '' } satisfies Row)}
                data-testid="calendar-add"
              >
                {t('calendar.addDay')}
              </Button>
              <Button
                type="primary"
                htmlType="submit"
                loading={save.isPending}
                data-testid="calendar-save"
              >
                {t('common.save')}
              </Button>
            </Flex>
          </>
        )}
      </Form.List>
    </Form>
  );
}
