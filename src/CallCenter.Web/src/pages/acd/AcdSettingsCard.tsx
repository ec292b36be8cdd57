import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Form, InputNumber, Select } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { acdApi, type AcdSettings } from '../../api/acd';
import { errorMessage } from '../../api/client';
import { queryKeys } from '../../api/queryKeys';
import { applyServerErrors } from '../../utils/formErrors';
import QueryError from '../../components/QueryError';

/** The ACD-wide settings: the not-ready reasons agents pick on the desk, the recovery pause, misses before not-ready. */
export default function AcdSettingsCard({ canEdit }: { canEdit: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<AcdSettings>();
  const settings = useQuery({ queryKey: queryKeys.acd.settings, queryFn: acdApi.settings });

  useEffect(() => {
    if (settings.data) form.setFieldsValue(settings.data);
  }, [settings.data, form]);

  const save = useMutation({
    mutationFn: acdApi.updateSettings,
    onSuccess: async () => {
      message.success(t('common.saved'));
      await queryClient.invalidateQueries({ queryKey: queryKeys.acd.settings });
    },
    onError: (error) => {
      const unmatched = applyServerErrors(form, error);
      message.error([errorMessage(error, t('common.requestFailed')), ...unmatched].join(' '));
    },
  });

  return (
    <Card title={t('acd.settingsTitle')} size="small" style={{ marginTop: 16 }} data-testid="acd-settings">
      {settings.isError && <QueryError error={settings.error} onRetry={() => void settings.refetch()} />}
      <Form form={form} layout="vertical" disabled={!canEdit} onFinish={(v) => save.mutate(v)} style={{ maxWidth: 640 }}>
        <Form.Item name="notReadyReasons" label={t('acd.notReadyReasons')} tooltip={t('acd.notReadyReasonsHint')} rules={[{ required: true }]}>
          <Select mode="tags" tokenSeparators={[',', '，']} open={false} data-testid="acd-settings-reasons" />
        </Form.Item>
        <Form.Item name="recoveryPauseSeconds" label={t('acd.recoveryPause')} tooltip={t('acd.recoveryPauseHint')} rules={[{ required: true }]}>
          <InputNumber min={0} max={3600} addonAfter={t('acd.seconds')} />
        </Form.Item>
        <Form.Item name="missesBeforeNotReady" label={t('acd.missesBeforeNotReady')} tooltip={t('acd.missesHint')} rules={[{ required: true }]}>
          <InputNumber min={1} max={10} addonAfter={t('acd.times')} />
        </Form.Item>
        {canEdit && (
          <Button type="primary" htmlType="submit" loading={save.isPending} data-testid="acd-settings-save">
            {t('common.save')}
          </Button>
        )}
      </Form>
    </Card>
  );
}
