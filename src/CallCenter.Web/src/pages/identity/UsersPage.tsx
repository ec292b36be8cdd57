import { useState } from 'react';
import { CustomerServiceOutlined, EditOutlined, KeyOutlined, PlusOutlined, UnlockOutlined } from '@ant-design/icons';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Form, Input, Modal, Select, Space, Table, Tag, type TableProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../api/client';
import { userApi } from '../../api/identity';
import { Permissions } from '../../api/permissions';
import type { User } from '../../api/types';
import { useAuth } from '../../auth/AuthContext';
import PageHeader from '../../components/PageHeader';
import QueryError from '../../components/QueryError';
import { applyServerErrors } from '../../utils/formErrors';
import { formatDateTime } from '../../utils/time';
import { useStations } from '../stations/useStations';
import UserFormModal from './UserFormModal';
import AgentProfileModal from './AgentProfileModal';
import { AcdPermissions } from '../../api/acd';
import { useRoles } from './useRoles';
import { formatPhone } from '../../utils/phone';
import { tablePagination } from '../../components/tablePagination';
import { queryKeys } from '../../api/queryKeys';

export default function UsersPage() {
  const { t } = useTranslation();
  const { hasPermission } = useAuth();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const canEdit = hasPermission(Permissions.Users.Edit);
  // Extensions, skills and SIP passwords: a supervisor may hold this without editing users.
  const canManageAgents = hasPermission(AcdPermissions.ManageAgents);
  const [agentOf, setAgentOf] = useState<User | null>(null);
  const [filter, setFilter] = useState('');
  const [role, setRole] = useState<string>();
  const [stationId, setStationId] = useState<string>();
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(20);
  const [editing, setEditing] = useState<{ user?: User } | null>(null);
  const [resetting, setResetting] = useState<User | null>(null);
  const roles = useRoles(hasPermission(Permissions.Roles.Default) || canEdit);
  const stations = useStations();

  const query = { filter: filter || undefined, role, stationId, page, pageSize };
  const users = useQuery({
    queryKey: queryKeys.users.list(query),
    queryFn: () => userApi.list(query),
    placeholderData: keepPreviousData,
  });

  const unlock = useMutation({
    mutationFn: (user: User) => userApi.unlock(user.id),
    onSuccess: async () => {
      message.success(t('user.unlocked'));
      await queryClient.invalidateQueries({ queryKey: queryKeys.users.all });
    },
    onError: (error) => message.error(errorMessage(error, t('common.requestFailed'))),
  });

  const roleName = (name: string) => roles.data?.find((r) => r.name === name)?.displayName || name;

  const columns: TableProps<User>['columns'] = [
    { title: t('user.userName'), dataIndex: 'userName', width: 130 },
    { title: t('user.displayName'), dataIndex: 'displayName', width: 120 },
    {
      title: t('user.roles'),
      dataIndex: 'roles',
      width: 220,
      render: (list: string[]) => list.map((r) => <Tag key={r}>{roleName(r)}</Tag>),
    },
    { title: t('user.station'), dataIndex: 'stationName', width: 140 },
    {
      title: t('user.state'),
      key: 'state',
      width: 160,
      render: (_: unknown, u) => (
        <Space size={4} wrap>
          {u.isActive ? <Tag color="green">{t('user.active')}</Tag> : <Tag>{t('user.inactive')}</Tag>}
          {u.isLockedOut && (
            <Tag color="red" title={formatDateTime(u.lockoutEnd)}>
              {t('user.lockedOut')}
            </Tag>
          )}
        </Space>
      ),
    },
    { title: t('user.phoneNumber'), dataIndex: 'phoneNumber', width: 130, render: (v?: string | null) => formatPhone(v) },
    ...(canEdit || canManageAgents
      ? [
          {
            title: t('common.actions'),
            key: 'actions',
            width: 380,
            render: (_: unknown, u: User) => (
              <Space size={4} wrap>
                {canEdit && (
                  <Button size="small" icon={<EditOutlined />} onClick={() => setEditing({ user: u })}>
                    {t('common.edit')}
                  </Button>
                )}
                {canEdit && u.isLockedOut && (
                  <Button size="small" icon={<UnlockOutlined />} onClick={() => unlock.mutate(u)}>
                    {t('user.unlock')}
                  </Button>
                )}
                {canEdit && (
                  <Button size="small" icon={<KeyOutlined />} onClick={() => setResetting(u)}>
                    {t('user.resetPassword')}
                  </Button>
                )}
                {canManageAgents && (
                  <Button size="small" icon={<CustomerServiceOutlined />} onClick={() => setAgentOf(u)} data-testid="user-agent">
                    {t('acd.agentButton')}
                  </Button>
                )}
              </Space>
            ),
          },
        ]
      : []),
  ];

  return (
    <>
      <PageHeader
        title={t('user.listTitle')}
        testId="page-title"
        extra={
          canEdit && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({})} data-testid="user-create">
              {t('user.create')}
            </Button>
          )
        }
      />
      <div className="cc-filters">
        <Input.Search
          className="cc-filter-search"
          allowClear
          placeholder={t('user.searchPlaceholder')}
          onSearch={(v) => {
            setFilter(v.trim());
            setPage(1);
          }}
          data-testid="user-search"
        />
        {(roles.data?.length ?? 0) > 0 && (
          <Select
            allowClear
            placeholder={t('user.allRoles')}
            value={role}
            onChange={(v?: string) => {
              setRole(v);
              setPage(1);
            }}
            options={roles.data?.map((r) => ({ value: r.name, label: r.displayName || r.name }))}
          />
        )}
        {(stations.data?.length ?? 0) > 0 && (
          <Select
            allowClear
            placeholder={t('household.allStations')}
            value={stationId}
            onChange={(v?: string) => {
              setStationId(v);
              setPage(1);
            }}
            options={stations.data?.map((s) => ({ value: s.id, label: s.name }))}
          />
        )}
      </div>
      {users.isError && <QueryError error={users.error} onRetry={() => void users.refetch()} />}
      <Table<User>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={users.data?.items}
        loading={users.isFetching}
        scroll={{ x: 1220 }}
        pagination={tablePagination(t, page, pageSize, users.data?.totalCount, (p, s) => {
          setPage(p);
          setPageSize(s);
        })}
        data-testid="user-table"
      />
      <UserFormModal open={editing !== null} user={editing?.user} onClose={() => setEditing(null)} />
      <ResetPasswordModal user={resetting} onClose={() => setResetting(null)} />
      <AgentProfileModal user={agentOf} onClose={() => setAgentOf(null)} />
    </>
  );
}

function ResetPasswordModal({ user, onClose }: { user: User | null; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ newPassword: string; confirm: string }>();
  const reset = useMutation({
    mutationFn: (newPassword: string) => userApi.resetPassword(user!.id, newPassword),
    onSuccess: () => {
      message.success(t('user.passwordReset'));
      form.resetFields();
      onClose();
    },
    onError: (error) => {
      const unmatched = applyServerErrors(form, error);
      message.error([errorMessage(error, t('common.requestFailed')), ...unmatched].join(' '));
    },
  });
  return (
    <Modal
      open={user !== null}
      title={t('user.resetPasswordTitle', { name: user?.userName ?? '' })}
      onCancel={() => {
        form.resetFields();
        onClose();
      }}
      onOk={() => form.submit()}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={reset.isPending}
      forceRender
    >
      <Form form={form} layout="vertical" onFinish={(v) => reset.mutate(v.newPassword)}>
        <Form.Item name="newPassword" label={t('user.newPassword')} rules={[{ required: true }]} extra={t('user.passwordHint')}>
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item
          name="confirm"
          label={t('user.confirmPassword')}
          dependencies={['newPassword']}
          rules={[
            { required: true },
            ({ getFieldValue }) => ({
              validator: (_, value) =>
                !value || getFieldValue('newPassword') === value
                  ? Promise.resolve()
                  : Promise.reject(new Error(t('user.passwordMismatch'))),
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
