import { useEffect } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Form, Input, Modal, Select, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../api/client';
import { userApi } from '../../api/identity';
import { departmentApi } from '../../api/stations';
import { Permissions } from '../../api/permissions';
import type { User } from '../../api/types';
import { useAuth } from '../../auth/AuthContext';
import { applyServerErrors } from '../../utils/formErrors';
import { useStations } from '../stations/useStations';
import { useRoles } from './useRoles';
import { queryKeys } from '../../api/queryKeys';

interface Values {
  userName: string;
  displayName: string;
  password?: string;
  email?: string;
  phoneNumber?: string;
  roles: string[];
  stationId?: string;
  teamId?: string;
  isActive: boolean;
}

const orNull = (v?: string) => (v && v.trim() ? v.trim() : null);

export default function UserFormModal({ open, user, onClose }: { open: boolean; user?: User; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { hasPermission } = useAuth();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<Values>();
  const roles = useRoles(open);
  const stations = useStations();
  const departments = useQuery({
    queryKey: queryKeys.departments.all,
    queryFn: departmentApi.list,
    enabled: open && hasPermission(Permissions.Organization.Default),
  });
  const selectedRoles = Form.useWatch('roles', form) ?? [];
  const needsStation = (roles.data ?? []).some((r) => r.isStationScoped && selectedRoles.includes(r.name));

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    if (user) {
      form.setFieldsValue({
        userName: user.userName,
        displayName: user.displayName,
        email: user.email ?? undefined,
        phoneNumber: user.phoneNumber ?? undefined,
        roles: user.roles,
        stationId: user.stationId ?? undefined,
        teamId: user.teamId ?? undefined,
        isActive: user.isActive,
      });
    }
  }, [open, user, form]);

  const save = useMutation({
    mutationFn: (v: Values) => {
      const common = {
        displayName: v.displayName.trim(),
        email: orNull(v.email),
        phoneNumber: orNull(v.phoneNumber),
        roles: v.roles ?? [],
        stationId: v.stationId ?? null,
        teamId: v.teamId ?? null,
      };
      return user
        ? userApi.update(user.id, { ...common, isActive: v.isActive ?? true })
        : userApi.create({ ...common, userName: v.userName.trim(), password: v.password ?? '' });
    },
    onSuccess: async () => {
      message.success(t('common.saved'));
      await queryClient.invalidateQueries({ queryKey: queryKeys.users.all });
      await queryClient.invalidateQueries({ queryKey: queryKeys.roles.all });
      onClose();
    },
    onError: (error) => {
      const unmatched = applyServerErrors(form, error);
      message.error([errorMessage(error, t('common.requestFailed')), ...unmatched].join(' '));
    },
  });

  const teams = (departments.data ?? []).flatMap((d) => d.teams.map((team) => ({ ...team, departmentName: d.name })));

  return (
    <Modal
      open={open}
      title={user ? t('user.editTitle', { name: user.userName }) : t('user.createTitle')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={save.isPending}
      forceRender
      okButtonProps={{ 'data-testid': 'user-save' }}
    >
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ roles: [], isActive: true }}
        onFinish={(v) => save.mutate(v)}
      >
        <Form.Item name="userName" label={t('user.userName')} rules={[{ required: true, max: 64 }]}>
          <Input disabled={!!user} autoComplete="off" />
        </Form.Item>
        <Form.Item name="displayName" label={t('user.displayName')} rules={[{ required: true, max: 64 }]}>
          <Input />
        </Form.Item>
        {!user && (
          <Form.Item name="password" label={t('user.password')} rules={[{ required: true }]} extra={t('user.passwordHint')}>
            <Input.Password autoComplete="new-password" />
          </Form.Item>
        )}
        <Form.Item name="email" label={t('user.email')} rules={[{ type: 'email' }]}>
          <Input />
        </Form.Item>
        <Form.Item name="phoneNumber" label={t('user.phoneNumber')}>
          <Input />
        </Form.Item>
        <Form.Item name="roles" label={t('user.roles')}>
          <Select
            mode="multiple"
            options={(roles.data ?? []).map((r) => ({ value: r.name, label: r.displayName || r.name }))}
            data-testid="user-roles"
          />
        </Form.Item>
        <Form.Item
          name="stationId"
          label={t('user.station')}
          rules={[{ required: needsStation, message: t('user.stationRequired') }]}
          extra={needsStation ? t('user.stationScopedHint') : undefined}
        >
          <Select
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            options={stations.data?.map((s) => ({ value: s.id, label: `${s.code} ${s.name}` }))}
          />
        </Form.Item>
        {teams.length > 0 && (
          <Form.Item name="teamId" label={t('user.team')}>
            <Select
              allowClear
              options={teams.map((team) => ({ value: team.id, label: `${team.departmentName} / ${team.name}` }))}
            />
          </Form.Item>
        )}
        {user && (
          <Form.Item name="isActive" label={t('user.isActive')} valuePropName="checked">
            <Switch />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
