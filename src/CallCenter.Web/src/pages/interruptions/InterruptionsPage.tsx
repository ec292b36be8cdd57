import { useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Grid, Popconfirm, Switch, Table, Tag, type TableProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../api/client';
import { voiceApi, VoicePermissions, type HeatingInterruption } from '../../api/voice';
import { useAuth } from '../../auth/AuthContext';
import PageHeader from '../../components/PageHeader';
import QueryError from '../../components/QueryError';
import { formatDateTime } from '../../utils/time';
import InterruptionFormModal from './InterruptionFormModal';
import { queryKeys } from '../../api/queryKeys';

/** Heating interruptions dispatchers enter; the IVR reads the active ones to callers in the affected communities. */
export default function InterruptionsPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { hasPermission } = useAuth();
  const canEdit = hasPermission(VoicePermissions.InterruptionsEdit);
  // On a phone (a dispatcher or field person on site) one column tells which interruption a row is.
  const isPhone = !Grid.useBreakpoint().sm;
  const queryClient = useQueryClient();
  const [activeOnly, setActiveOnly] = useState(true);
  const [editing, setEditing] = useState<HeatingInterruption | null | undefined>(undefined);
  const list = useQuery({ queryKey: queryKeys.interruptions.list(activeOnly), queryFn: () => voiceApi.interruptions(activeOnly) });
  const end = useMutation({
    mutationFn: (id: string) => voiceApi.endInterruption(id),
    onSuccess: () => {
      void message.success(t('voice.interruptions.ended'));
      void queryClient.invalidateQueries({ queryKey: queryKeys.interruptions.all });
    },
    onError: (e) => void message.error(errorMessage(e, t('common.requestFailed'))),
  });

  const status = (row: HeatingInterruption) =>
    row.endedAt ? (
      <Tag>{t('voice.interruptions.statusEnded')}</Tag>
    ) : row.isActive ? (
      <Tag color="red">{t('voice.interruptions.statusActive')}</Tag>
    ) : (
      <Tag color="orange">{t('voice.interruptions.statusPlanned')}</Tag>
    );
  const summary: NonNullable<TableProps<HeatingInterruption>['columns']>[number] = {
    title: t('voice.interruptions.message'),
    key: 'summary',
    render: (_: unknown, row) => (
      <div data-testid="interruption-summary">
        <div>
          <strong>{row.stationName}</strong> {status(row)}
        </div>
        <div style={{ overflowWrap: 'anywhere' }}>{row.message}</div>
        <div style={{ fontSize: 12, color: '#888' }}>
          {formatDateTime(row.startsAt)} → {formatDateTime(row.expectedRestorationAt)}
          {row.communities.length > 0 && ` · ${row.communities.join('、')}`}
        </div>
      </div>
    ),
  };

  const wideColumns: TableProps<HeatingInterruption>['columns'] = [
    { title: t('voice.interruptions.station'), dataIndex: 'stationName', width: 140 },
    {
      title: t('voice.interruptions.communities'),
      dataIndex: 'communities',
      width: 200,
      render: (c: string[]) => (c.length === 0 ? <Tag>{t('voice.interruptions.allCommunities')}</Tag> : c.map((x) => <Tag key={x}>{x}</Tag>)),
    },
    { title: t('voice.interruptions.startsAt'), dataIndex: 'startsAt', width: 170, render: formatDateTime },
    { title: t('voice.interruptions.expectedRestorationAt'), dataIndex: 'expectedRestorationAt', width: 170, render: formatDateTime },
    { title: t('voice.interruptions.message'), dataIndex: 'message', width: 280 },
    { title: t('voice.interruptions.status'), key: 'status', width: 100, render: (_: unknown, row) => status(row) },
  ];
  const actionColumns: TableProps<HeatingInterruption>['columns'] = [
    ...(canEdit
      ? [
          {
            title: t('common.actions'),
            key: 'actions',
            width: isPhone ? 72 : 150,
            fixed: isPhone ? undefined : ('right' as const),
            render: (_: unknown, row: HeatingInterruption) =>
              row.endedAt ? null : (
                <div style={isPhone ? { display: 'flex', flexDirection: 'column', alignItems: 'flex-start' } : undefined}>
                  <Button type="link" size="small" onClick={() => setEditing(row)} data-testid={`interruption-edit-${row.id}`}>
                    {t('common.edit')}
                  </Button>
                  <Popconfirm title={t('voice.interruptions.endConfirm')} onConfirm={() => end.mutate(row.id)}>
                    <Button type="link" size="small" danger data-testid={`interruption-end-${row.id}`}>
                      {t('voice.interruptions.end')}
                    </Button>
                  </Popconfirm>
                </div>
              ),
          },
        ]
      : []),
  ];

  return (
    <>
      <PageHeader
        title={t('voice.interruptions.title')}
        testId="page-title"
        extra={
          <>
            <span>
              <Switch checked={activeOnly} onChange={setActiveOnly} /> {t('voice.interruptions.activeOnly')}
            </span>
            {canEdit && (
              <Button type="primary" onClick={() => setEditing(null)} data-testid="interruption-new">
                {t('voice.interruptions.new')}
              </Button>
            )}
          </>
        }
      />
      {list.isError && <QueryError error={list.error} onRetry={() => void list.refetch()} />}
      <Table<HeatingInterruption>
        rowKey="id"
        size="middle"
        columns={[...(isPhone ? [summary] : (wideColumns ?? [])), ...(actionColumns ?? [])]}
        dataSource={list.data}
        loading={list.isFetching}
        scroll={isPhone ? undefined : { x: 1100 }}
        pagination={false}
        data-testid="interruptions-table"
      />
      {editing !== undefined && (
        <InterruptionFormModal
          interruption={editing}
          onClose={(saved) => {
            setEditing(undefined);
            if (saved) void queryClient.invalidateQueries({ queryKey: queryKeys.interruptions.all });
          }}
        />
      )}
    </>
  );
}
