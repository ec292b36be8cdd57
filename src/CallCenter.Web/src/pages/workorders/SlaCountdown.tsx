import { Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import type { SlaInfo, WorkOrderStatus } from '../../api/workorders';
import { formatDateTime } from '../../utils/time';
import { formatCountdown, liveSla, slaColors } from './sla';

const beforeAcceptance: WorkOrderStatus[] = ['Created', 'DispatchedToStation', 'Assigned', 'Reopened'];

/** The running deadline as a coloured countdown: green, orange from the warning share, red when breached. */
export default function SlaCountdown({ sla, status, now }: { sla: SlaInfo; status: WorkOrderStatus; now: Date }) {
  const { t } = useTranslation();
  const view = liveSla(sla, now);
  if (view.level === 'none') return <span>—</span>;
  const which = beforeAcceptance.includes(status) ? 'response' : 'resolution';
  const text =
    view.level === 'met'
      ? t('workOrder.sla.met')
      : `${view.level === 'paused' ? `${t('workOrder.sla.paused')} ` : ''}${view.remainingMs === null ? '' : formatCountdown(view.remainingMs)}`;
  return (
    <Tooltip title={view.dueAt ? `${t(`workOrder.sla.${which}`)} ${formatDateTime(view.dueAt)}` : undefined}>
      <Tag color={slaColors[view.level]} data-testid="sla" data-level={view.level} style={{ fontVariantNumeric: 'tabular-nums', marginInlineEnd: 0 }}>
        {view.level !== 'met' && `${t(`workOrder.sla.${which}Short`)} `}
        {text}
      </Tag>
    </Tooltip>
  );
}
