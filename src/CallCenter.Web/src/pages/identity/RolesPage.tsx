import { useEffect, useMemo, useState } from 'react';
import { SafetyCertificateOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Checkbox, Col, Drawer, Empty, Grid, Row, Space, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../api/client';
import { roleApi } from '../../api/identity';
import { Permissions } from '../../api/permissions';
import type { PermissionGroup, Role } from '../../api/types';
import { useAuth } from '../../auth/AuthContext';
import PageHeader from '../../components/PageHeader';
import QueryError from '../../components/QueryError';
import { useRoles } from './useRoles';
import { queryKeys } from '../../api/queryKeys';

export default function RolesPage() {
  const { t } = useTranslation();
  const roles = useRoles();
  const [selected, setSelected] = useState<Role | null>(null);
  const groupsQuery = useQuery({ queryKey: queryKeys.permissions.groups, queryFn: roleApi.permissions, staleTime: 5 * 60_000 });
  const displayName = useMemo(() => {
    const map = new Map<string, string>();
    groupsQuery.data?.forEach((g) => g.permissions.forEach((p) => map.set(p.name, p.displayName)));
    return map;
  }, [groupsQuery.data]);

  return (
    <>
      <PageHeader title={t('role.listTitle')} testId="page-title" />
      {roles.isError && <QueryError error={roles.error} onRetry={() => void roles.refetch()} />}
      <Table<Role>
        rowKey="id"
        size="middle"
        loading={roles.isFetching}
        dataSource={roles.data}
        pagination={false}
        scroll={{ x: 760 }}
        data-testid="role-table"
        columns={[
          {
            title: t('role.name'),
            dataIndex: 'displayName',
            width: 180,
            render: (name: string, r) => (
              <Space orientation="vertical" size={0}>
                <strong>{name || r.name}</strong>
                <Typography.Text type="secondary">{r.name}</Typography.Text>
              </Space>
            ),
          },
          {
            title: t('role.stationScoped'),
            dataIndex: 'isStationScoped',
            width: 110,
            render: (v: boolean) => (v ? <Tag color="volcano">{t('common.yes')}</Tag> : t('common.no')),
          },
          { title: t('role.userCount'), dataIndex: 'userCount', width: 90, align: 'right' },
          {
            title: t('role.grantedCount'),
            key: 'granted',
            width: 110,
            align: 'right',
            render: (_: unknown, r) => r.grantedPermissions.length,
          },
          {
            title: t('common.actions'),
            key: 'actions',
            width: 140,
            render: (_: unknown, r) => (
              <Button
                size="small"
                icon={<SafetyCertificateOutlined />}
                onClick={() => setSelected(r)}
                data-testid={`role-permissions-${r.name}`}
              >
                {t('role.permissions')}
              </Button>
            ),
          },
        ]}
        expandable={{
          expandedRowRender: (r) =>
            r.grantedPermissions.map((p) => (
              <Tag key={p} style={{ marginBottom: 4 }}>
                {displayName.get(p) ?? p}
              </Tag>
            )),
        }}
      />
      <PermissionDrawer
        role={selected}
        groups={groupsQuery.data}
        groupsError={groupsQuery.error}
        onClose={() => setSelected(null)}
      />
    </>
  );
}

function PermissionDrawer({
  role,
  groups,
  groupsError,
  onClose,
}: {
  role: Role | null;
  groups?: PermissionGroup[];
  groupsError: unknown;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { hasPermission } = useAuth();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const screens = Grid.useBreakpoint();
  const canEdit = hasPermission(Permissions.Roles.Edit);
  const [granted, setGranted] = useState<Set<string>>(new Set());
  useEffect(() => setGranted(new Set(role?.grantedPermissions ?? [])), [role]);

  const save = useMutation({
    mutationFn: () => roleApi.updatePermissions(role!.name, [...granted]),
    onSuccess: async () => {
      message.success(t('common.saved'));
      await queryClient.invalidateQueries({ queryKey: queryKeys.roles.all });
      onClose();
    },
    onError: (error) => message.error(errorMessage(error, t('common.requestFailed'))),
  });

  const toggle = (names: string[], on: boolean) =>
    setGranted((current) => {
      const next = new Set(current);
      names.forEach((n) => (on ? next.add(n) : next.delete(n)));
      return next;
    });

  return (
    <Drawer
      open={role !== null}
      onClose={onClose}
      size={screens.md ? 560 : '100%'}
      title={t('role.permissionsOf', { name: role?.displayName || role?.name || '' })}
      data-testid="role-permission-drawer"
      extra={
        canEdit && (
          <Button type="primary" loading={save.isPending} onClick={() => save.mutate()} data-testid="role-save">
            {t('common.save')}
          </Button>
        )
      }
    >
      {groupsError ? <QueryError error={groupsError} /> : null}
      {!groups?.length && !groupsError && <Empty />}
      <Space orientation="vertical" style={{ width: '100%' }} size={12}>
        {groups?.map((group) => {
          const names = group.permissions.map((p) => p.name);
          const count = names.filter((n) => granted.has(n)).length;
          return (
            <Card
              key={group.name}
              size="small"
              title={
                <Checkbox
                  checked={count === names.length && names.length > 0}
                  indeterminate={count > 0 && count < names.length}
                  disabled={!canEdit}
                  onChange={(e) => toggle(names, e.target.checked)}
                >
                  {group.displayName}
                </Checkbox>
              }
              data-testid={`permission-group-${group.name}`}
            >
              <Row gutter={[8, 8]}>
                {group.permissions.map((p) => (
                  <Col xs={24} sm={12} key={p.name}>
                    <Checkbox
                      checked={granted.has(p.name)}
                      disabled={!canEdit}
                      onChange={(e) => {
                        // Granting a child grants its parent; revoking a parent revokes its children.
                        if (e.target.checked) toggle([p.name, ...(p.parentName ? [p.parentName] : [])], true);
                        else toggle([p.name, ...group.permissions.filter((c) => c.parentName === p.name).map((c) => c.name)], false);
                      }}
                    >
                      {p.displayName}
                    </Checkbox>
                  </Col>
                ))}
              </Row>
            </Card>
          );
        })}
      </Space>
    </Drawer>
  );
}
