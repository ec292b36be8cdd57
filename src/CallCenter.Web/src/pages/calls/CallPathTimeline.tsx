import { useQuery } from '@tanstack/react-query';
import { Spin, Tag, Timeline } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CallPathStep } from '../../api/voice';
import { voiceApi, VoicePermissions } from '../../api/voice';
import { useAuth } from '../../auth/AuthContext';
import { formatDateTime } from '../../utils/time';
import { describeStep } from './callPath';
import { queryKeys } from '../../api/queryKeys';

/** A call's way through the IVR, step by step in words (the call drawer and the agent desktop's screen pop). */
export default function CallPathTimeline({ steps }: { steps: CallPathStep[] }) {
  const { t } = useTranslation();
  const { hasPermission } = useAuth();
  // Prompts by their names (问候语), not their keys (greeting); without the right to list them, the key stays (and no
  // request is made that could only be refused).
  const prompts = useQuery({
    queryKey: queryKeys.prompts.all,
    queryFn: voiceApi.prompts,
    retry: false,
    staleTime: 60_000,
    enabled: hasPermission(VoicePermissions.Prompts),
  });
  const promptName = (key: string) => prompts.data?.find((p) => p.key === key)?.name;
  // Until the names have arrived the path would read "放音 greeting"; wait for them (a failed request shows the keys).
  if (prompts.isLoading) return <Spin size="small" />;
  return (
    <Timeline
      data-testid="call-path"
      items={steps.map((s) => ({
        children: (
          <>
            <Tag>{t(`voice.calls.steps.${s.kind}`, { defaultValue: s.kind })}</Tag>
            {s.detail && <span data-testid="call-step-detail">{describeStep(s.kind, s.detail, t, promptName)}</span>}
            {/* The node id (hours, menu) means nothing to an agent; it stays in the DOM for tracing. */}
            <div style={{ fontSize: 12, color: '#888' }} data-activity={s.activityId}>
              {formatDateTime(s.at)}
            </div>
          </>
        ),
      }))}
    />
  );
}
