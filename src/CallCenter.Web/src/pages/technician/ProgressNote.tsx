import { MessageOutlined } from '@ant-design/icons';
import { Button, Card, Input, List, Space, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TechnicianQueueKind } from '../../api/workorders';
import type { QueuedAction } from '../../offline/types';

type Act = (kind: TechnicianQueueKind, body?: unknown, label?: string) => Promise<void>;

/**
 * A progress note while the job is open ("阀门已更换，等待回水"): sent through the offline queue like every other
 * step, so one written in a basement without signal goes out when the phone reconnects. The server appends notes to
 * the order's notes; the ones still waiting are listed with a badge.
 */
export default function ProgressNote({ pending, act, onAdded }: { pending: QueuedAction[]; act: Act; onAdded: (note: string) => void }) {
  const { t } = useTranslation();
  const [note, setNote] = useState('');
  const waiting = pending.filter((a) => a.kind === 'AddNote');
  const add = async () => {
    const text = note.trim();
    if (!text) return;
    await act('AddNote', { note: text }, text);
    onAdded(text);
    setNote('');
  };
  return (
    <Card size="small" title={t('tech.progressNote')} style={{ marginBottom: 12 }}>
      {waiting.length > 0 && (
        <List
          size="small"
          dataSource={waiting}
          renderItem={(a) => (
            <List.Item data-testid="tech-note-pending">
              {a.label} <Tag color="gold">{t('tech.waitingForNetwork')}</Tag>
            </List.Item>
          )}
          style={{ marginBottom: 8 }}
        />
      )}
      <Space.Compact block>
        <Input.TextArea
          rows={2}
          value={note}
          onChange={(e) => setNote(e.target.value)}
          placeholder={t('tech.progressNotePlaceholder')}
          maxLength={2000}
          data-testid="tech-note-input"
        />
      </Space.Compact>
      <Button block icon={<MessageOutlined />} disabled={!note.trim()} onClick={() => void add()} style={{ marginTop: 8 }} data-testid="tech-note-add">
        {t('tech.addNote')}
      </Button>
    </Card>
  );
}
