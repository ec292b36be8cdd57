import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Table, Tag, type TableProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../api/client';
import { voiceApi, VoicePermissions, type CallbackTask } from '../../api/voice';
import { useAuth } from '../../auth/AuthContext';
import QueryError from '../../components/QueryError';
import { formatDateTime } from '../../utils/time';
import { formatPhone } from '../../utils/phone';
import { queryKeys } from '../../api/queryKeys';

/** Callers who left a message: play it, call back, mark done. */
export default function CallbacksTable() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { hasPermission } = useAuth();
  const queryClient = useQueryClient();
  const list = useQuery({ queryKey: queryKeys.callbacks.all, queryFn: () => voiceApi.callbacks('Open') });
  const complete = useMutation({
    mutationFn: (id: string) => voiceApi.completeCallback(id),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: queryKeys.callbacks.all }),
    onError: (e) => void message.error(errorMessage(e, t('common.requestFailed'))),
  });
  const columns: TableProps<CallbackTask>['columns'] = [
    { title: t('voice.callbacks.createdAt'), dataIndex: 'createdAt', width: 170, render: formatDateTime },
    { title: t('voice.callbacks.phone'), dataIndex: 'phoneNumber', width: 140, render: (v: string) => formatPhone(v) },
    { title: t('voice.callbacks.topic'), dataIndex: 'topic', width: 120, render: (v: string) => <Tag>{t(`voice.callbacks.topics.${v}`, { defaultValue: v })}</Tag> },
    {
      title: t('voice.calls.recordings'),
      dataIndex: 'recordingId',
      width: 260,
      render: (id: string | null) =>
        id && hasPermission(VoicePermissions.Recordings) ? <audio controls preload="none" src={voiceApi.recordingUrl(id)} style={{ height: 32, width: 240 }} /> : null,
    },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 110,
      render: (_: unknown, row) => (
        <Button size="small" onClick={() => complete.mutate(row.id)} loading={complete.isPending && complete.variables === row.id}>
          {t('voice.callbacks.complete')}
        </Button>
      ),
    },
  ];
  return (
    <>
      {list.isError && <QueryError error={list.error} onRetry={() => void list.refetch()} />}
      <Table<CallbackTask> rowKey="id" size="middle" columns={columns} dataSource={list.data} loading={list.isFetching} scroll={{ x: 800 }} pagination={false} />
    </>
  );
}
