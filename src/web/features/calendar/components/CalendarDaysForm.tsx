import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Form } from 'antd';
import { Input } from '../../../components/Input';
import { useMessage } from '../../../components/message';
import { NativeSelect } from '../../../components/NativeSelect';
import { Table } from '../../../components/Table';
import { useState } from 'react';
import { useTranslation } from '../../../i18n';
import type { CalendarDay, CalendarYear } from '../api/get-calendar';
import { useSaveCalendar } from '../api/save-calendar';
import { applyFieldErrors, ErrorAlert } from '../deps';

/** `date` is the native date input's value: YYYY-MM-DD, or '' when not picked yet. */
interface Row {
  date: string;
  kind: CalendarDay['kind'];
  name: string;
}

/**
 * The year's holidays (休) and make-up working days (班), editable row by row. Dates use the
 * browser's date input bounded to the year, and the kind a native select: antd's DatePicker and
 * Select cost ~70 KB gzip on this one operator page.
 */
export function CalendarDaysForm({ calendar }: { calendar: CalendarYear }) {
  const { t } = useTranslation();
  const { message } = useMessage();
  const [form] = Form.useForm<{ days: Row[] }>();
  const [error, setError] = useState<unknown>(null);
  const save = useSaveCalendar();
  const initialDays: Row[] = calendar.days.map((d) => ({ ...d }));

  const submit = ({ days = [] }: { days?: Row[] }) => {
    setError(null);
    const body = {
      days: days.map((d) => ({
        date: d.date,
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
                      <input
                        type="date"
                        className="fuwu-date"
                        min={`${calendar.year}-01-01`}
                        max={`${calendar.year}-12-31`}
                        aria-label={t('calendar.col.date')}
                      />
                    </Form.Item>
                  ),
                },
                {
                  title: t('calendar.col.kind'),
                  render: (_: unknown, field) => (
                    <Form.Item name={[field.name, 'kind']} style={{ margin: 0 }}>
                      <NativeSelect<CalendarDay['kind']>
                        style={{ width: 160 }}
                        aria-label={t('calendar.col.kind')}
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
                onClick={() => add({ date: '', kind: 'holiday', name: '' } satisfies Row)}
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
