import { TeamOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, Input, Select, Space, Switch, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import {
  assignableStatuses,
  WorkOrderPermissions,
  workOrderApi,
  workOrderPriorities,
  workOrderStatuses,
  workOrderTypes,
  type WorkOrderListItem,
  type WorkOrderPriority,
  type WorkOrderType,
} from '../../api/workorders';
import { useAuth } from '../../auth/AuthContext';
import QueryError from '../../components/QueryError';
import { formatDateTime } from '../../utils/time';
import { useStations } from '../stations/useStations';
import SlaCountdown from '../workorders/SlaCountdown';
import { liveSla, slaUrgency } from '../workorders/sla';
import { PriorityTag, WorkOrderStatusTag } from '../workorders/tags';
import { useNow } from '../workorders/useNow';
import AssignModal from './AssignModal';

export default function DispatchOrdersTab() {
  const { t } = useTranslation();
  const { hasPermission, user } = useAuth();
  const now = useNow(15_000);
  const stations = useStations();
  const canAssign = hasPermission(WorkOrderPermissions.Assign);
  const [filter, setFilter] = useState('');
  const [stationId, setStationId] = useState<string>();
  const [statuses, setStatuses] = useState<string[]>([]);
  const [priority, setPriority] = useState<WorkOrderPriority>();
  const [type, setType] = useState<WorkOrderType>();
  const [breached, setBreached] = useState(false);
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(50);
  const [selected, setSelected] = useState<string[]>([]);
  const [assigning, setAssigning] = useState<WorkOrderListItem[]>([]);

  const query = {
    filter: filter || undefined,
    stationId,
    statuses: statuses.length ? statuses.join(',') : undefined,
    // No status picked: everything not yet closed or cancelled (resolved orders still wait for the revisit).
    open: statuses.length ? undefined : true,
    priority,
    type,
    breached: breached || undefined,
    page,
    pageSize,
  };
  const orders = useQuery({
    queryKey: ['work-orders', query],
    queryFn: () => workOrderApi.list(query),
    // The board is left open all shift: new orders and other dispatchers' assignments show up by themselves.
    refetchInterval: 30_000,
  });

  const items = orders.data?.items ?? [];
  const reset = () => {
    setPage(1);
    setSelected([]);
  };

  const columns: ColumnsType<WorkOrderListItem> = [
    {
      title: t('workOrder.number'),
      dataIndex: 'number',
      width: 170,
      fixed: 'left',
      render: (number: string, o) => (
        <Link to={`/work-orders/${o.id}`} data-testid="board-number">
          {number}
        </Link>
      ),
    },
    {
      title: t('workOrder.sla.label'),
      key: 'sla',
      width: 130,
      sorter: (a, b) => slaUrgency(liveSla(a.sla, now)) - slaUrgency(liveSla(b.sla, now)),
      render: (_, o) => <SlaCountdown sla={o.sla} status={o.status} now={now} />,
    },
    { title: t('workOrder.priority'), dataIndex: 'priority', width: 80, render: (p: WorkOrderPriority) => <PriorityTag priority={p} /> },
    {
      title: t('workOrder.status.label'),
      dataIndex: 'status',
      width: 110,
      render: (s: WorkOrderListItem['status']) => <WorkOrderStatusTag status={s} />,
    },
    { title: t('workOrder.category'), dataIndex: 'categoryPath', width: 130 },
    {
      title: t('workOrder.household'),
      key: 'household',
      width: 220,
      render: (_, o) => (
        <div>
          <div>{o.householdName ?? o.callerNumber ?? '—'}</div>
          <Typography.Text type="secondary" ellipsis style={{ maxWidth: 200 }}>
            {o.address}
          </Typography.Text>
        </div>
      ),
    },
    { title: t('workOrder.symptom'), dataIndex: 'faultSymptom', width: 180, ellipsis: true },
    { title: t('workOrder.station'), dataIndex: 'stationName', width: 110 },
    {
      title: t('workOrder.technician'),
      dataIndex: 'assignedTechnicianName',
      width: 100,
      render: (name: string | null) => <span data-testid="board-technician">{name ?? '—'}</span>,
    },
    {
      title: t('dispatch.massIncident'),
      key: 'mass',
      width: 110,
      render: (_, o) =>
        o.childCount > 0 ? (
          <Typography.Text strong>{t('dispatch.parentOf', { count: o.childCount })}</Typography.Text>
        ) : o.parentId ? (
          <Link to={`/work-orders/${o.parentId}`}>{o.parentNumber}</Link>
        ) : null,
    },
    { title: t('workOrder.creationTime'), dataIndex: 'creationTime', width: 150, render: (v: string) => formatDateTime(v) },
    ...(canAssign
      ? [
          {
            title: t('common.actions'),
            key: 'actions',
            width: 90,
            fixed: 'right' as const,
            render: (_: unknown, o: WorkOrderListItem) =>
              assignableStatuses.includes(o.status) && (
                <Button size="small" onClick={() => setAssigning([o])} data-testid="board-assign">
                  {o.assignedTechnicianId ? t('dispatch.reassign') : t('dispatch.assign')}
                </Button>
              ),
          },
        ]
      : []),
  ];

  return (
    <>
      <div className="cc-filters">
        <Input.Search
          allowClear
          placeholder={t('dispatch.searchPlaceholder')}
          onSearch={(v) => {
            setFilter(v.trim());
            reset();
          }}
          data-testid="board-search"
        />
        {!user?.stationId && (stations.data?.length ?? 0) > 0 && (
          <Select
            allowClear
            placeholder={t('household.allStations')}
            value={stationId}
            onChange={(v?: string) => {
              setStationId(v);
              reset();
            }}
            options={stations.data?.map((s) => ({ value: s.id, label: s.name }))}
            data-testid="board-station"
          />
        )}
        <Select
          mode="multiple"
          allowClear
          maxTagCount="responsive"
          placeholder={t('dispatch.allOpen')}
          value={statuses}
          onChange={(v: string[]) => {
            setStatuses(v);
            reset();
          }}
          options={workOrderStatuses.map((s) => ({ value: s, label: t(`workOrder.status.${s}`) }))}
          data-testid="board-status"
        />
        <Select
          allowClear
          placeholder={t('dispatch.allPriorities')}
          value={priority}
          onChange={(v?: WorkOrderPriority) => {
            setPriority(v);
            reset();
          }}
          options={workOrderPriorities.map((p) => ({ value: p, label: t(`workOrder.priorities.${p}`) }))}
        />
        <Select
          allowClear
          placeholder={t('dispatch.allTypes')}
          value={type}
          onChange={(v?: WorkOrderType) => {
            setType(v);
            reset();
          }}
          options={workOrderTypes.map((x) => ({ value: x, label: t(`workOrder.types.${x}`) }))}
        />
        <Space>
          <Switch
            checked={breached}
            onChange={(v) => {
              setBreached(v);
              reset();
            }}
          />
          {t('dispatch.breachedOnly')}
        </Space>
      </div>
      {canAssign && selected.length > 0 && (
        <Space style={{ marginBottom: 12 }}>
          <Button
            type="primary"
            icon={<TeamOutlined />}
            onClick={() => setAssigning(items.filter((o) => selected.includes(o.id)))}
            data-testid="board-bulk-assign"
          >
            {t('dispatch.bulkAssign', { count: selected.length })}
          </Button>
          <Button onClick={() => setSelected([])}>{t('dispatch.clearSelection')}</Button>
        </Space>
      )}
      {orders.isError && <QueryError error={orders.error} onRetry={() => void orders.refetch()} />}
      <Table<WorkOrderListItem>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={items}
        loading={orders.isFetching && !orders.data}
        scroll={{ x: 1600 }}
        rowSelection={
          canAssign
            ? {
                selectedRowKeys: selected,
                onChange: (keys) => setSelected(keys as string[]),
                getCheckboxProps: (o) => ({ disabled: !assignableStatuses.includes(o.status) }),
              }
            : undefined
        }
        onRow={(o) => ({ 'data-testid': 'board-row', 'data-number': o.number, 'data-status': o.status, 'data-station': o.stationName }) as never}
        pagination={{
          current: page,
          pageSize,
          total: orders.data?.totalCount ?? 0,
          showSizeChanger: true,
          showTotal: (total) => t('common.total', { count: total }),
          onChange: (p, s) => {
            setPage(p);
            setPageSize(s);
          },
        }}
        data-testid="board-table"
      />
      <AssignModal
        orders={assigning}
        onClose={() => {
          setAssigning([]);
          setSelected([]);
        }}
      />
    </>
  );
}
