import { useQuery } from '@tanstack/react-query';
import { Descriptions, Drawer, Empty, Space, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { voiceApi, VoicePermissions } from '../../api/voice';
import { useAuth } from '../../auth/AuthContext';
import QueryError from '../../components/QueryError';
import { formatPhone } from '../../utils/phone';
import { formatDateTime } from '../../utils/time';
import CallPathTimeline from './CallPathTimeline';
import { queryKeys } from '../../api/queryKeys';

/** One call: times, keys, the IVR path step by step, and its recordings to play. */
export default function CallDetailDrawer({ id, onClose }: { id: string; onClose: () => void }) {
  const { t } = useTranslation();
  const { hasPermission } = useAuth();
  const call = useQuery({ queryKey: queryKeys.calls.detail(id), queryFn: () => voiceApi.getCall(id) });
  const c = call.data;
  return (
    // CSS width, not window.innerWidth at render time: the drawer follows a phone being rotated or resized. Long
    // unbroken values (SIP URIs in the bridged-transfer steps, workflow ids) wrap instead of widening the page.
    <Drawer open width="min(560px, 100vw)" title={t('voice.calls.detail')} onClose={onClose} data-testid="call-detail">
      {call.isError && <QueryError error={call.error} onRetry={() => void call.refetch()} />}
      {c && (
        <Space direction="vertical" style={{ width: '100%', overflowWrap: 'anywhere' }} size="large">
          <Descriptions column={1} size="small" bordered>
            <Descriptions.Item label={t('voice.calls.caller')}>
              {c.householdId ? <Link to={`/households/${c.householdId}`}>{formatPhone(c.callerNumber)}</Link> : formatPhone(c.callerNumber)}
            </Descriptions.Item>
            <Descriptions.Item label={t('voice.calls.dialled')}>{c.dialledNumber}</Descriptions.Item>
            <Descriptions.Item label={t('voice.calls.startedAt')}>{formatDateTime(c.startedAt)}</Descriptions.Item>
            <Descriptions.Item label={t('voice.calls.answeredAt')}>{formatDateTime(c.answeredAt)}</Descriptions.Item>
            <Descriptions.Item label={t('voice.calls.endedAt')}>{formatDateTime(c.endedAt)}</Descriptions.Item>
            <Descriptions.Item label={t('voice.calls.endReason')}>
              {c.endReason ? t(`voice.calls.endReasons.${c.endReason}`, { defaultValue: c.endReason }) : ''}
            </Descriptions.Item>
            <Descriptions.Item label={t('voice.calls.digits')}>{c.digits}</Descriptions.Item>
            <Descriptions.Item label={t('voice.calls.workflow')}>{c.workflowDefinitionId}</Descriptions.Item>
          </Descriptions>
          <div>
            <h4>{t('voice.calls.path')}</h4>
            <CallPathTimeline steps={c.path} />
          </div>
          <div>
            <h4>{t('voice.calls.recordings')}</h4>
            {c.recordings.length === 0 && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} />}
            {c.recordings.map((r) => (
              <div key={r.id} style={{ marginBottom: 8 }}>
                <Tag>{t(`voice.calls.recordingKinds.${r.kind}`, { defaultValue: r.kind })}</Tag> {formatDateTime(r.startedAt)} · {(r.durationMs / 1000).toFixed(1)} s
                {hasPermission(VoicePermissions.Recordings) && (
                  <audio controls preload="none" src={voiceApi.recordingUrl(r.id)} style={{ display: 'block', width: '100%' }} />
                )}
              </div>
            ))}
          </div>
        </Space>
      )}
    </Drawer>
  );
}
