import { Button, Card, Checkbox, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { assignableStatuses, type WorkOrderListItem } from '../../api/workorders';
import { formatPhone } from '../../utils/phone';
import { formatDateTime } from '../../utils/time';
import SlaCountdown from '../workorders/SlaCountdown';
import { PriorityTag, WorkOrderStatusTag } from '../workorders/tags';

interface Props {
  order: WorkOrderListItem;
  now: Date;
  canAssign: boolean;
  selected: boolean;
  onSelect: (checked: boolean) => void;
  onAssign: () => void;
}

/**
 * One order on a phone: the whole countdown, who and where, station and technician, and the assign button — what a
 * table row shows on a desktop, without sideways scrolling. Same test ids and data attributes as the row.
 */
export default function DispatchOrderCard({ order: o, now, canAssign, selected, onSelect, onAssign }: Props) {
  const { t } = useTranslation();
  const assignable = assignableStatuses.includes(o.status);
  return (
    <Card size="small" className="cc-order-card" data-testid="board-row" data-number={o.number} data-status={o.status} data-station={o.stationName ?? ''}>
      <div className="cc-order-card-head">
        <Space size={6}>
          {canAssign && <Checkbox checked={selected} disabled={!assignable} onChange={(e) => onSelect(e.target.checked)} />}
          <Link to={`/work-orders/${o.id}`} data-testid="board-number">
            <strong>{o.number}</strong>
          </Link>
        </Space>
        <SlaCountdown sla={o.sla} status={o.status} now={now} />
      </div>
      <Space size={4} wrap style={{ margin: '6px 0' }}>
        <WorkOrderStatusTag status={o.status} />
        <PriorityTag priority={o.priority} />
        <Typography.Text type="secondary">{o.categoryPath}</Typography.Text>
      </Space>
      <div>{o.householdName ?? (o.callerNumber ? formatPhone(o.callerNumber) : '—')}</div>
      {o.address && <Typography.Text type="secondary">{o.address}</Typography.Text>}
      {o.faultSymptom && <div className="cc-order-card-symptom">{o.faultSymptom}</div>}
      <div className="cc-order-card-foot">
        <Typography.Text type="secondary">
          {o.stationName ?? '—'} · <span data-testid="board-technician">{o.assignedTechnicianName ?? '—'}</span>
        </Typography.Text>
        <Typography.Text type="secondary">{formatDateTime(o.creationTime)}</Typography.Text>
      </div>
      {canAssign && assignable && (
        <Button block size="small" style={{ marginTop: 8 }} onClick={onAssign} data-testid="board-assign">
          {o.assignedTechnicianId ? t('dispatch.reassign') : t('dispatch.assign')}
        </Button>
      )}
    </Card>
  );
}
