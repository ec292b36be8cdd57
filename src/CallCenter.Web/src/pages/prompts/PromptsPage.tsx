import { useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Table, Tag, type TableProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { voiceApi, VoicePermissions, type VoicePrompt } from '../../api/voice';
import { useAuth } from '../../auth/AuthContext';
import PageHeader from '../../components/PageHeader';
import QueryError from '../../components/QueryError';
import { formatDateTime } from '../../utils/time';
import PromptFormModal from './PromptFormModal';
import { queryKeys } from '../../api/queryKeys';

/** The IVR's prompts: listen, generate from text (Mandarin speech synthesis) or upload a recording. */
export default function PromptsPage() {
  const { t } = useTranslation();
  const { hasPermission } = useAuth();
  const canEdit = hasPermission(VoicePermissions.PromptsEdit);
  const queryClient = useQueryClient();
  const [mode, setMode] = useState<{ kind: 'generate' | 'upload'; prompt?: VoicePrompt } | null>(null);
  const list = useQuery({ queryKey: queryKeys.prompts.all, queryFn: voiceApi.prompts });

  const columns: TableProps<VoicePrompt>['columns'] = [
    { title: t('voice.prompts.key'), dataIndex: 'key', width: 140 },
    { title: t('voice.prompts.name'), dataIndex: 'name', width: 180 },
    { title: t('voice.prompts.text'), dataIndex: 'text', width: 300 },
    {
      title: t('voice.prompts.source'),
      dataIndex: 'source',
      width: 90,
      render: (s: string) => <Tag color={s === 'Uploaded' ? 'blue' : 'green'}>{t(`voice.prompts.sources.${s}`)}</Tag>,
    },
    { title: t('voice.prompts.duration'), dataIndex: 'durationMs', width: 80, render: (ms: number) => `${(ms / 1000).toFixed(1)} s` },
    { title: t('voice.prompts.updatedAt'), dataIndex: 'updatedAt', width: 170, render: formatDateTime },
    {
      title: t('voice.prompts.play'),
      key: 'play',
      width: 260,
      render: (_: unknown, row) => (
        <audio controls preload="none" src={voiceApi.promptAudioUrl(row)} style={{ height: 32, width: 240 }} data-testid={`prompt-audio-${row.key}`} />
      ),
    },
    ...(canEdit
      ? [
          {
            title: t('common.actions'),
            key: 'actions',
            width: 170,
            render: (_: unknown, row: VoicePrompt) => (
              <>
                <Button type="link" size="small" onClick={() => setMode({ kind: 'generate', prompt: row })}>
                  {t('voice.prompts.regenerate')}
                </Button>
                <Button type="link" size="small" onClick={() => setMode({ kind: 'upload', prompt: row })}>
                  {t('voice.prompts.upload')}
                </Button>
              </>
            ),
          },
        ]
      : []),
  ];

  return (
    <>
      <PageHeader
        title={t('voice.prompts.title')}
        testId="page-title"
        extra={
          canEdit && (
            <>
              <Button type="primary" onClick={() => setMode({ kind: 'generate' })} data-testid="prompt-generate">
                {t('voice.prompts.generate')}
              </Button>
              <Button onClick={() => setMode({ kind: 'upload' })}>{t('voice.prompts.upload')}</Button>
            </>
          )
        }
      />
      {list.isError && <QueryError error={list.error} onRetry={() => void list.refetch()} />}
      <Table<VoicePrompt>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={list.data}
        loading={list.isFetching}
        scroll={{ x: 1300 }}
        pagination={false}
        data-testid="prompts-table"
      />
      {mode && (
        <PromptFormModal
          kind={mode.kind}
          prompt={mode.prompt}
          onClose={(saved) => {
            setMode(null);
            if (saved) void queryClient.invalidateQueries({ queryKey: queryKeys.prompts.all });
          }}
        />
      )}
    </>
  );
}
