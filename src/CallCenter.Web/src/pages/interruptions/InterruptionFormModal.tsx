import { useMutation, useQuery } from '@tanstack/react-query';
import { App, DatePicker, Form, Input, Modal, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { ApiError, errorMessage } from '../../api/client';
import { stationApi } from '../../api/stations';
import { voiceApi, type HeatingInterruption, type HeatingInterruptionInput } from '../../api/voice';
import { getCompanyTimeZone } from '../../utils/time';
import { queryKeys } from '../../api/queryKeys';

interface Values {
  stationId: string;
  communities: string[];
  startsAt: Dayjs;
  expectedRestorationAt: Dayjs;
  message: string;
}

/** Create or edit an interruption; times are picked in the company's zone and sent as instants. */
export default function InterruptionFormModal({
  interruption,
  onClose,
}: {
  interruption: HeatingInterruption | null;
  onClose: (saved: boolean) => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const stations = useQuery({ queryKey: queryKeys.stations.all, queryFn: stationApi.list });
  const stationId = Form.useWatch('stationId', form);
  const communities = stations.data?.find((s) => s.id === stationId)?.communities ?? [];
  const zone = getCompanyTimeZone();
  const save = useMutation({
    mutationFn: (input: HeatingInterruptionInput) =>
      interruption ? voiceApi.updateInterruption(interruption.id, input) : voiceApi.createInterruption(input),
    onSuccess: () => {
      void message.success(t('common.saved'));
      onClose(true);
    },
    onError: (e) => {
      const fields = e instanceof ApiError ? e.problem.errors : undefined;
      if (fields) form.setFields(Object.entries(fields).map(([name, errors]) => ({ name: name as keyof Values, errors })));
      void message.error(errorMessage(e, t('common.requestFailed')));
    },
  });
  const toInstant = (d: Dayjs) => dayjs.tz(d.format('YYYY-MM-DDTHH:mm:ss'), zone).toISOString();

  return (
    <Modal
      open
      title={interruption ? t('voice.interruptions.editTitle') : t('voice.interruptions.new')}
      onCancel={() => onClose(false)}
      onOk={() => form.submit()}
      confirmLoading={save.isPending}
      okButtonProps={{ 'data-testid': 'interruption-save' } as Record<string, string>}
    >
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={
          interruption
            ? {
                stationId: interruption.stationId,
                communities: interruption.communities,
                startsAt: dayjs.utc(interruption.startsAt).tz(zone),
                expectedRestorationAt: dayjs.utc(interruption.expectedRestorationAt).tz(zone),
                message: interruption.message,
              }
            : { communities: [], startsAt: dayjs().tz(zone), expectedRestorationAt: dayjs().tz(zone).add(8, 'hour') }
        }
        onFinish={(v) =>
          save.mutate({
            stationId: v.stationId,
            communities: v.communities ?? [],
            startsAt: toInstant(v.startsAt),
            expectedRestorationAt: toInstant(v.expectedRestorationAt),
            message: v.message,
          })
        }
      >
        <Form.Item name="stationId" label={t('voice.interruptions.station')} rules={[{ required: true }]}>
          <Select
            showSearch
            optionFilterProp="label"
            loading={stations.isPending}
            options={stations.data?.map((s) => ({ value: s.id, label: `${s.code} ${s.name}` }))}
            data-testid="interruption-station"
          />
        </Form.Item>
        <Form.Item name="communities" label={t('voice.interruptions.communities')} extra={t('voice.interruptions.communitiesHint')}>
          <Select mode="tags" options={communities.map((c) => ({ value: c, label: c }))} />
        </Form.Item>
        <Form.Item name="startsAt" label={t('voice.interruptions.startsAt')} rules={[{ required: true }]}>
          <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="expectedRestorationAt" label={t('voice.interruptions.expectedRestorationAt')} rules={[{ required: true }]}>
          <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="message" label={t('voice.interruptions.message')} extra={t('voice.interruptions.messageHint')} rules={[{ required: true }]}>
          <Input.TextArea
            rows={3}
            maxLength={1000}
            showCount
            // In the flow rather than floating under the box, so it never sits on the hint on a phone.
            styles={{ count: { position: 'static', display: 'block', textAlign: 'right' } }}
            data-testid="interruption-message"
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
