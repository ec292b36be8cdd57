import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, DatePicker, Form, Input, Select, Skeleton, Space, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { calendarApi, weekdays, type BusinessCalendar, type SpecialDayKind, type Weekday } from '../../api/calendar';
import { errorMessage } from '../../api/client';
import { WorkOrderPermissions } from '../../api/workorders';
import { useAuth } from '../../auth/AuthContext';
import PageHeader from '../../components/PageHeader';
import QueryError from '../../components/QueryError';
import { applyServerErrors } from '../../utils/formErrors';
import { formatDateTime } from '../../utils/time';
import './calendar.css';
import { queryKeys } from '../../api/queryKeys';

interface Values {
  name: string;
  timeZone: string;
  workingHours: { day: Weekday; start: string; end: string }[];
  specialDays: { date: Dayjs; kind: SpecialDayKind; name: string; start?: string; end?: string }[];
}

// "HH:mm", or "24:00" for the end of the day — what the server parses.
const timePattern = /^(([01]\d|2[0-3]):[0-5]\d|24:00)$/;
const weekdayOrder = (d: Weekday) => weekdays.indexOf(d);

function toValues(c: BusinessCalendar): Values {
  return {
    name: c.name,
    timeZone: c.timeZone,
    workingHours: [...c.workingHours].sort((a, b) => weekdayOrder(a.day) - weekdayOrder(b.day) || a.start.localeCompare(b.start)),
    specialDays: c.specialDays.map((d) => ({ ...d, date: dayjs(d.date), start: d.start ?? undefined, end: d.end ?? undefined })),
  };
}

/**
 * The company's business calendar (工作日历): opening hours per weekday, public holidays and 调休 working days.
 * SLA deadlines count only open time, so saving moves the deadlines of open orders (ADR 0500, amendment).
 */
export default function CalendarPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { hasPermission } = useAuth();
  const canEdit = hasPermission(WorkOrderPermissions.ManageSla);
  const queryClient = useQueryClient();
  const [form] = Form.useForm<Values>();
  const calendar = useQuery({ queryKey: queryKeys.businessCalendar.all, queryFn: calendarApi.get });
  const status = useQuery({ queryKey: queryKeys.businessCalendar.status, queryFn: calendarApi.status, refetchInterval: 60_000 });

  useEffect(() => {
    if (calendar.data) form.setFieldsValue(toValues(calendar.data));
  }, [calendar.data, form]);

  const save = useMutation({
    mutationFn: (v: Values) =>
      calendarApi.update({
        name: v.name,
        timeZone: v.timeZone,
        workingHours: v.workingHours ?? [],
        specialDays: (v.specialDays ?? []).map((d) => ({
          date: d.date.format('YYYY-MM-DD'),
          kind: d.kind,
          name: d.name.trim(),
          start: d.kind === 'WorkingDay' && d.start ? d.start : null,
          end: d.kind === 'WorkingDay' && d.end ? d.end : null,
        })),
        concurrencyStamp: calendar.data?.concurrencyStamp,
      }),
    onSuccess: async (saved) => {
      message.success(t('calendar.saved'));
      queryClient.setQueryData(['business-calendar'], saved);
      // Open orders' deadlines moved with the calendar.
      await queryClient.invalidateQueries({ queryKey: queryKeys.businessCalendar.status });
      await queryClient.invalidateQueries({ queryKey: queryKeys.workOrders.all });
    },
    onError: (error) => {
      const unmatched = applyServerErrors(form, error);
      message.error([errorMessage(error, t('common.requestFailed')), ...unmatched].join(' '));
    },
  });

  const timeRules = (required: boolean) => [
    { required, message: t('calendar.timeRequired') },
    { pattern: timePattern, message: t('calendar.timeFormat') },
  ];

  return (
    <>
      <PageHeader title={t('calendar.title')} testId="calendar-title" />
      {status.data && (
        <Alert
          style={{ marginBottom: 12 }}
          type={status.data.isOpen ? 'success' : 'info'}
          data-testid="calendar-status"
          title={
            <span>
              {status.data.isOpen ? t('calendar.openNow') : t('calendar.closedNow')}
              {status.data.holidayName && <Tag style={{ marginInlineStart: 8 }}>{status.data.holidayName}</Tag>}
              {status.data.nextChange && (
                <Typography.Text type="secondary" style={{ marginInlineStart: 8 }}>
                  {t('calendar.nextChange', { at: formatDateTime(status.data.nextChange) })}
                </Typography.Text>
              )}
            </span>
          }
        />
      )}
      {calendar.isError && <QueryError error={calendar.error} onRetry={() => void calendar.refetch()} />}
      {calendar.isPending ? (
        <Skeleton active />
      ) : (
        <Form form={form} layout="vertical" disabled={!canEdit} onFinish={(v) => save.mutate(v)} data-testid="calendar-form">
          <Card size="small" title={t('calendar.general')} style={{ marginBottom: 12 }}>
            <Space wrap size={12} className="cc-calendar-row">
              <Form.Item name="name" label={t('calendar.name')} rules={[{ required: true, whitespace: true }, { max: 64 }]}>
                <Input style={{ width: 200 }} />
              </Form.Item>
              <Form.Item name="timeZone" label={t('calendar.timeZone')} rules={[{ required: true }]} tooltip={t('calendar.timeZoneHint')}>
                <Input style={{ width: 200 }} />
              </Form.Item>
            </Space>
          </Card>

          <Card size="small" title={t('calendar.workingHours')} style={{ marginBottom: 12 }}>
            <Typography.Paragraph type="secondary">{t('calendar.workingHoursHint')}</Typography.Paragraph>
            <Form.List name="workingHours">
              {(fields, { add, remove }) => (
                <>
                  {fields.map((field) => (
                    <Space key={field.key} wrap size={6} align="start" className="cc-calendar-row" style={{ display: 'flex' }} data-testid="calendar-hours-row">
                      <Form.Item name={[field.name, 'day']} rules={[{ required: true }]}>
                        <Select style={{ width: 88 }} options={weekdays.map((d) => ({ value: d, label: t(`calendar.weekdays.${d}`) }))} />
                      </Form.Item>
                      <Form.Item name={[field.name, 'start']} rules={timeRules(true)}>
                        <Input style={{ width: 72 }} placeholder="08:00" inputMode="numeric" aria-label={t('calendar.start')} />
                      </Form.Item>
                      <span className="cc-calendar-dash">–</span>
                      <Form.Item name={[field.name, 'end']} rules={timeRules(true)}>
                        <Input style={{ width: 72 }} placeholder="17:30" inputMode="numeric" aria-label={t('calendar.end')} />
                      </Form.Item>
                      <Button icon={<DeleteOutlined />} onClick={() => remove(field.name)} aria-label={t('common.delete')} />
                    </Space>
                  ))}
                  <Button icon={<PlusOutlined />} onClick={() => add({ day: 'Monday', start: '08:00', end: '17:30' })} data-testid="calendar-add-hours">
                    {t('calendar.addHours')}
                  </Button>
                </>
              )}
            </Form.List>
          </Card>

          <Card size="small" title={t('calendar.specialDays')} style={{ marginBottom: 12 }}>
            <Typography.Paragraph type="secondary">{t('calendar.specialDaysHint')}</Typography.Paragraph>
            <Form.List name="specialDays">
              {(fields, { add, remove }) => (
                <>
                  {fields.map((field) => (
                    <SpecialDayRow key={field.key} name={field.name} onRemove={() => remove(field.name)} timeRules={timeRules} />
                  ))}
                  <Button
                    icon={<PlusOutlined />}
                    onClick={() => add({ kind: 'Holiday', name: '' }, 0)}
                    data-testid="calendar-add-special-day"
                  >
                    {t('calendar.addSpecialDay')}
                  </Button>
                </>
              )}
            </Form.List>
          </Card>
          {canEdit && (
            <Button type="primary" htmlType="submit" loading={save.isPending} data-testid="calendar-save">
              {t('calendar.save')}
            </Button>
          )}
        </Form>
      )}
    </>
  );
}

function SpecialDayRow({
  name,
  onRemove,
  timeRules,
}: {
  name: number;
  onRemove: () => void;
  timeRules: (required: boolean) => object[];
}) {
  const { t } = useTranslation();
  const kind = Form.useWatch(['specialDays', name, 'kind']) as SpecialDayKind | undefined;
  return (
    <Space wrap size={6} align="start" className="cc-calendar-row" style={{ display: 'flex' }} data-testid="calendar-special-day">
      <Form.Item name={[name, 'date']} rules={[{ required: true, message: t('calendar.dateRequired') }]}>
        <DatePicker format="YYYY-MM-DD" style={{ width: 140 }} data-testid="calendar-special-date" />
      </Form.Item>
      <Form.Item name={[name, 'kind']} rules={[{ required: true }]}>
        <Select
          style={{ width: 130 }}
          options={(['Holiday', 'WorkingDay'] as SpecialDayKind[]).map((k) => ({ value: k, label: t(`calendar.kinds.${k}`) }))}
          data-testid="calendar-special-kind"
        />
      </Form.Item>
      <Form.Item name={[name, 'name']} rules={[{ required: true, whitespace: true, message: t('calendar.nameRequired') }, { max: 64 }]}>
        <Input style={{ width: 150 }} placeholder={t('calendar.specialNamePlaceholder')} data-testid="calendar-special-name" />
      </Form.Item>
      {kind === 'WorkingDay' && (
        <>
          <Form.Item name={[name, 'start']} rules={timeRules(false)} tooltip={t('calendar.workingDayHoursHint')}>
            <Input style={{ width: 80 }} placeholder="08:00" aria-label={t('calendar.start')} />
          </Form.Item>
          <span className="cc-calendar-dash">–</span>
          <Form.Item name={[name, 'end']} rules={timeRules(false)}>
            <Input style={{ width: 80 }} placeholder="17:30" aria-label={t('calendar.end')} />
          </Form.Item>
        </>
      )}
      <Button icon={<DeleteOutlined />} onClick={onRemove} aria-label={t('common.delete')} />
    </Space>
  );
}
