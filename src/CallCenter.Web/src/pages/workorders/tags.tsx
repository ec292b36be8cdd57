import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { WorkOrderPriority, WorkOrderStatus } from '../../api/workorders';

const statusColors: Record<WorkOrderStatus, string> = {
  Created: 'default',
  DispatchedToStation: 'cyan',
  Assigned: 'geekblue',
  Accepted: 'blue',
  EnRoute: 'purple',
  OnSite: 'magenta',
  Resolved: 'green',
  Revisited: 'lime',
  Closed: 'default',
  Reopened: 'volcano',
  Cancelled: 'default',
};

export function WorkOrderStatusTag({ status }: { status: WorkOrderStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={statusColors[status] ?? 'default'} data-testid="wo-status" data-status={status}>
      {t(`workOrder.status.${status}`, { defaultValue: status })}
    </Tag>
  );
}

const priorityColors: Record<WorkOrderPriority, string> = { Urgent: 'red', High: 'orange', Normal: 'blue', Low: 'default' };

export function PriorityTag({ priority }: { priority: WorkOrderPriority }) {
  const { t } = useTranslation();
  return (
    <Tag color={priorityColors[priority] ?? 'default'} data-testid="wo-priority">
      {t(`workOrder.priorities.${priority}`, { defaultValue: priority })}
    </Tag>
  );
}
