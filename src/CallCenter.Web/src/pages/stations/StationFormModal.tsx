import { useEffect } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Form, Input, Modal, Select, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiError, errorMessage } from '../../api/client';
import { departmentApi, stationApi } from '../../api/stations';
import { Permissions } from '../../api/permissions';
import type { CreateUpdateStation, Station } from '../../api/types';
import { useAuth } from '../../auth/AuthContext';
import { applyServerErrors } from '../../utils/formErrors';
import { queryKeys } from '../../api/queryKeys';

interface Props {
  open: boolean;
  station?: Station;
  onClose: () => void;
  onSaved?: (station: Station) => void;
}

export default function StationFormModal({ open, station, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { hasPermission } = useAuth();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<CreateUpdateStation>();
  const departments = useQuery({
    queryKey: queryKeys.departments.all,
    queryFn: departmentApi.list,
    enabled: open && hasPermission(Permissions.Organization.Default),
  });

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    if (station) {
      form.setFieldsValue({
        code: station.code,
        name: station.name,
        district: station.district,
        dispatchPhone: station.dispatchPhone ?? undefined,
        communities: station.communities,
        departmentId: station.departmentId ?? undefined,
        isActive: station.isActive,
      });
    }
  }, [open, station, form]);

  const save = useMutation({
    mutationFn: (values: CreateUpdateStation) => {
      const body: CreateUpdateStation = {
        ...values,
        dispatchPhone: values.dispatchPhone?.trim() || null,
        departmentId: values.departmentId ?? null,
        communities: (values.communities ?? []).map((c) => c.trim()).filter(Boolean),
        isActive: values.isActive ?? true,
      };
      return station ? stationApi.update(station.id, body) : stationApi.create(body);
    },
    onSuccess: async (saved) => {
      message.success(t('common.saved'));
      queryClient.setQueryData(['station', saved.id], saved);
      await queryClient.invalidateQueries({ queryKey: queryKeys.stations.all });
      onSaved?.(saved);
      onClose();
    },
    onError: (error) => {
      const unmatched = applyServerErrors(form, error);
      const text = errorMessage(error, t('common.requestFailed'));
      message.error(error instanceof ApiError ? [text, ...unmatched].join(' ') : text);
    },
  });

  return (
    <Modal
      open={open}
      title={station ? t('station.editTitle', { name: station.name }) : t('station.createTitle')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={save.isPending}
      forceRender
      okButtonProps={{ 'data-testid': 'station-save' }}
    >
      <Form<CreateUpdateStation>
        form={form}
        layout="vertical"
        initialValues={{ isActive: true, communities: [] }}
        onFinish={(values) => save.mutate(values)}
      >
        <Form.Item name="code" label={t('station.code')} rules={[{ required: true, max: 16 }]}>
          <Input />
        </Form.Item>
        <Form.Item name="name" label={t('station.name')} rules={[{ required: true, max: 64 }]}>
          <Input />
        </Form.Item>
        <Form.Item name="district" label={t('station.district')} rules={[{ required: true, max: 32 }]}>
          <Input />
        </Form.Item>
        <Form.Item name="dispatchPhone" label={t('station.dispatchPhone')} rules={[{ max: 32 }]}>
          <Input />
        </Form.Item>
        <Form.Item name="communities" label={t('station.communities')} extra={t('station.communitiesHint')}>
          <Select mode="tags" tokenSeparators={[',', '，', '、']} open={false} suffixIcon={null} />
        </Form.Item>
        {(departments.data?.length ?? 0) > 0 && (
          <Form.Item name="departmentId" label={t('station.department')}>
            <Select allowClear options={departments.data?.map((d) => ({ value: d.id, label: d.name }))} />
          </Form.Item>
        )}
        <Form.Item name="isActive" label={t('station.isActive')} valuePropName="checked">
          <Switch />
        </Form.Item>
      </Form>
    </Modal>
  );
}
