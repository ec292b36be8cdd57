import { Timeline, Typography } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { JournalEntry, WorkflowDefinition } from '../../api/workflows';
import { formatDateTime } from '../../utils/time';

const colors: Record<string, string> = { Completed: 'green', Faulted: 'red', WorkflowFaulted: 'red', Suspended: 'blue', Resumed: 'blue', WorkflowFinished: 'green', WorkflowCancelled: 'gray' };

/**
 * Waiting and resuming entries carry bookmark names ("WorkOrderChanged", "timer"): those read as what is awaited.
 * Log lines and error texts are the flow's own words and stay as written.
 */
function journalMessage(e: JournalEntry, t: TFunction): string {
  if (e.kind !== 'Suspended' && e.kind !== 'Resumed') return e.message ?? '';
  return (e.message ?? '')
    .split(',')
    .map((name) => t(`workflows.bookmarks.${name}`, { defaultValue: name }))
    .join('、');
}

interface Props {
  journal: JournalEntry[];
  definition: WorkflowDefinition | undefined;
  selected: number | null;
  onSelect: (entry: JournalEntry) => void;
}

/** The journal, newest last; a click on an entry lights its node up on the canvas. */
export default function JournalTimeline({ journal, definition, selected, onSelect }: Props) {
  const { t } = useTranslation();
  const names = new Map((definition?.root.activities ?? []).map((a) => [a.id, a.name || a.id]));
  return (
    <Timeline
      className="wf-journal"
      data-testid="journal"
      items={journal.map((e) => ({
        key: e.sequence,
        color: colors[e.kind] ?? 'gray',
        content: (
          <div
            className={`wf-journal-entry${selected === e.sequence ? ' wf-journal-entry-selected' : ''}`}
            role="button"
            tabIndex={0}
            data-testid={`journal-${e.sequence}`}
            data-activity={e.activityId ?? ''}
            onClick={() => onSelect(e)}
            onKeyDown={(k) => k.key === 'Enter' && onSelect(e)}
          >
            <div>
              <strong>{t(`workflows.journal.${e.kind}`, { defaultValue: e.kind })}</strong>
              {e.activityId && <span> · {names.get(e.activityId) ?? e.activityId}</span>}
              {e.outcomes && <Typography.Text type="secondary"> → {e.outcomes.split(',').map((o) => t(`workflows.ports.${o}`, { defaultValue: o })).join('、')}</Typography.Text>}
            </div>
            {e.message && <div className="wf-journal-message">{journalMessage(e, t)}</div>}
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {formatDateTime(e.at)}
            </Typography.Text>
          </div>
        ),
      }))}
    />
  );
}
