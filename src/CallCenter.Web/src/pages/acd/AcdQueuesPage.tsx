import { DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Popconfirm, Space, Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { acdApi, AcdPermissions, type AcdQueue } from '../../api/acd';
import { errorMessage } from '../../api/client';
import { queryKeys } from '../../api/queryKeys';
import { useAuth } from '../../auth/AuthContext';
import PageHeader from '../../components/PageHeader';
import QueryError from '../../components/QueryError';
import AcdQueueFormModal from './AcdQueueFormModal';
import AcdSettingsCard from './AcdSettingsCard';

/**
 * Queues (技能组): which skill and level take a queue's calls, how an agent is picked, what a waiting caller meets
 * (announcements, callback, maximum wait and overflow). Below them the ACD-wide settings (not-ready reasons…).
 */
export default function AcdQueuesPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { hasPermission } = useAuth();
  const canEdit = hasPermission(AcdPermissions.ManageQueues);
  const queryClient = useQueryClient();
  const [editing, setEditing] = useState<AcdQueue | 'new' | null>(null);
  const queues = useQuery({ queryKey: queryKeys.acd.queues, queryFn: acdApi.queues });
  const nameOf = (id: string | null) => queues.data?.find((q) => q.id === id)?.name ?? '—';

  const remove = useMutation({
    mutationFn: (q: AcdQueue) => acdApi.deleteQueue(q.id),
    onSuccess: async () => {
      message.success(t('common.deleted'));
      await queryClient.invalidateQueries({ queryKey: queryKeys.acd.queues });
    },
    onError: (error) => message.error(errorMessage(error, t('common.requestFailed'))),
  });

  const seconds = (v: number) => (v === 0 ? t('acd.none') : t('acd.secondsValue', { count: v }));
  const overflow = (q: AcdQueue) => {
    if (q.overflowKind === 'None') return t('acd.overflowKinds.None');
    if (q.overflowKind === 'Queue') return `${t('acd.overflowKinds.Queue')}：${nameOf(q.overflowTarget)}`;
    if (q.overflowKind === 'Number') return `${t('acd.overflowKinds.Number')}：${q.overflowTarget ?? ''}`;
    return t('acd.overflowKinds.Voicemail');
  };

  const columns: ColumnsType<AcdQueue> = [
    { title: t('acd.name'), dataIndex: 'name', width: 120 },
    {
      title: t('acd.skill'),
      key: 'skill',
      width: 130,
      render: (_: unknown, q) => t('acd.skillWithLevel', { skill: q.skill, level: q.minLevel }),
    },
    {
      title: t('acd.strategy'),
      dataIndex: 'strategy',
      width: 150,
      render: (v: AcdQueue['strategy']) => t(`acd.strategies.${v}`),
    },
    { title: t('acd.ringTimeout'), dataIndex: 'ringTimeoutSeconds', width: 100, render: seconds },
    { title: t('acd.wrapUp'), dataIndex: 'wrapUpSeconds', width: 100, render: seconds },
    { title: t('acd.maxWait'), dataIndex: 'maxWaitSeconds', width: 100, render: seconds },
    { title: t('acd.overflow'), key: 'overflow', width: 180, render: (_: unknown, q) => overflow(q) },
    {
      title: t('acd.policies'),
      key: 'policies',
      render: (_: unknown, q) => (
        <Space size={4} wrap>
          {q.callbackEnabled && <Tag color="blue">{t('acd.callbackEnabled')}</Tag>}
          {q.useBusinessHours && <Tag>{t('acd.useBusinessHours')}</Tag>}
          {!q.joinWhenEmpty && <Tag color="orange">{t('acd.notJoinWhenEmpty')}</Tag>}
          {q.announceEverySeconds > 0 && <Tag>{t('acd.announceEvery', { count: q.announceEverySeconds })}</Tag>}
        </Space>
      ),
    },
    ...(canEdit
      ? [
          {
            title: t('common.actions'),
            key: 'actions',
            width: 110,
            render: (_: unknown, q: AcdQueue) => (
              <Space size={4}>
                <Button size="small" icon={<EditOutlined />} onClick={() => setEditing(q)} aria-label={t('common.edit')} data-testid="acd-queue-edit" />
                <Popconfirm title={t('acd.deleteConfirm', { name: q.name })} onConfirm={() => remove.mutate(q)} okText={t('common.delete')} cancelText={t('common.cancel')}>
                  <Button size="small" danger icon={<DeleteOutlined />} aria-label={t('common.delete')} />
                </Popconfirm>
              </Space>
            ),
          },
        ]
      : []),
  ];

  return (
    <>
      <PageHeader
        title={t('acd.title')}
        testId="acd-queues-title"
        extra={
          canEdit && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')} data-testid="acd-queue-add">
              {t('acd.add')}
            </Button>
          )
        }
      />
      {queues.isError && <QueryError error={queues.error} onRetry={() => void queues.refetch()} />}
      <Table<AcdQueue>
        rowKey="id"
        size="small"
        loading={queues.isPending}
        dataSource={queues.data ?? []}
        columns={columns}
        pagination={false}
        scroll={{ x: 1100 }}
        data-testid="acd-queue-table"
      />
      <AcdQueueFormModal queue={editing} queues={queues.data ?? []} onClose={() => setEditing(null)} />
      <AcdSettingsCard canEdit={canEdit} />
    </>
  );
}
