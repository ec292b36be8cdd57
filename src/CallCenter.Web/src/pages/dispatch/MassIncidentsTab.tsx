import { useQuery } from '@tanstack/react-query';
import { Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { workOrderApi, type WorkOrderListItem } from '../../api/workorders';
import QueryError from '../../components/QueryError';
import { formatDateTime } from '../../utils/time';
import SlaCountdown from '../workorders/SlaCountdown';
import { PriorityTag, WorkOrderStatusTag } from '../workorders/tags';
import { useNow } from '../workorders/useNow';
import { queryKeys } from '../../api/queryKeys';

/** Open mass incidents (a parent with the households it covers): dispatched once, closed together. */
export default function MassIncidentsTab() {
  const { t } = useTranslation();
  const now = useNow();
  const parents = useQuery({
    queryKey: queryKeys.workOrders.massIncidents,
    // The server's massIncidents=true filter overflowed the stack in EF's query compiler (its subquery referred
    // to itself) and took the host down; until that is fixed, read the open orders and keep the parents here.
    queryFn: async () => {
      const open = await workOrderApi.list({ open: true, pageSize: 500 });
      return open.items.filter((o) => o.childCount > 0);
    },
    refetchInterval: 60_000,
  });
  const columns: ColumnsType<WorkOrderListItem> = [
    { title: t('workOrder.number'), dataIndex: 'number', width: 170, render: (n: string, o) => <Link to={`/work-orders/${o.id}`}>{n}</Link> },
    { title: t('workOrder.sla.label'), key: 'sla', width: 130, render: (_, o) => <SlaCountdown sla={o.sla} status={o.status} now={now} /> },
    { title: t('workOrder.priority'), dataIndex: 'priority', width: 80, render: (p) => <PriorityTag priority={p} /> },
    { title: t('workOrder.status.label'), dataIndex: 'status', width: 110, render: (s) => <WorkOrderStatusTag status={s} /> },
    { title: t('workOrder.category'), dataIndex: 'categoryPath', width: 130 },
    { title: t('workOrder.address'), dataIndex: 'address', width: 220 },
    { title: t('workOrder.station'), dataIndex: 'stationName', width: 110 },
    { title: t('dispatch.affected'), dataIndex: 'childCount', width: 100, render: (n: number) => <Typography.Text strong>{n + 1}</Typography.Text> },
    { title: t('workOrder.technician'), dataIndex: 'assignedTechnicianName', width: 100 },
    { title: t('workOrder.creationTime'), dataIndex: 'creationTime', width: 150, render: (v: string) => formatDateTime(v) },
  ];
  return (
    <>
      <Typography.Paragraph type="secondary">{t('dispatch.massIncidentHint')}</Typography.Paragraph>
      {parents.isError && <QueryError error={parents.error} onRetry={() => void parents.refetch()} />}
      <Table<WorkOrderListItem>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={parents.data}
        loading={parents.isPending}
        scroll={{ x: 1300 }}
        pagination={false}
        expandable={{ expandedRowRender: (o) => <Children parentId={o.id} now={now} /> }}
        data-testid="mass-incidents"
      />
    </>
  );
}

function Children({ parentId, now }: { parentId: string; now: Date }) {
  const { t } = useTranslation();
  const children = useQuery({
    queryKey: queryKeys.workOrders.children(parentId),
    queryFn: () => workOrderApi.list({ parentId, pageSize: 200 }),
  });
  if (children.isError) return <QueryError error={children.error} />;
  return (
    <Table<WorkOrderListItem>
      rowKey="id"
      size="small"
      loading={children.isPending}
      dataSource={children.data?.items}
      pagination={false}
      columns={[
        { title: t('workOrder.number'), dataIndex: 'number', render: (n: string, o) => <Link to={`/work-orders/${o.id}`}>{n}</Link> },
        { title: t('workOrder.status.label'), dataIndex: 'status', render: (s) => <WorkOrderStatusTag status={s} /> },
        { title: t('workOrder.household'), dataIndex: 'householdName' },
        { title: t('workOrder.address'), dataIndex: 'address' },
        { title: t('workOrder.sla.label'), key: 'sla', render: (_, o) => <SlaCountdown sla={o.sla} status={o.status} now={now} /> },
      ]}
    />
  );
}
