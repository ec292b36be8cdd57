import { TeamOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, Grid, Input, List, Select, Space, Switch, Table, Typography } from 'antd';
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
import { formatPhone } from '../../utils/phone';
import { formatDateTime } from '../../utils/time';
import { useStations } from '../stations/useStations';
import SlaCountdown from '../workorders/SlaCountdown';
import { liveSla, slaUrgency } from '../workorders/sla';
import { PriorityTag, WorkOrderStatusTag } from '../workorders/tags';
import { useNow } from '../workorders/useNow';
import AssignModal from './AssignModal';
import DispatchOrderCard from './DispatchOrderCard';
import { tablePagination } from '../../components/tablePagination';
import { queryKeys } from '../../api/queryKeys';

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
    queryKey: queryKeys.workOrders.list(query),
    queryFn: () => workOrderApi.list(query),
    // The board is left open all shift: new orders and other dispatchers' assignments show up by themselves.
    refetchInterval: 30_000,
  });

  const items = orders.data?.items ?? [];
  // Below md the board is a list of cards: a table at 375 px showed only a truncated countdown.
  const isPhone = !Grid.useBreakpoint().md;
  const pagination = tablePagination(t, page, pageSize, orders.data?.totalCount, (p, s) => {
    setPage(p);
    setPageSize(s);
  });
  const reset = () => {
    setPage(1);
    setSelected([]);
  };

  // Sized to fit a 1440-px screen beside the menu with no sideways scrolling (about 1,150 px): related facts share a
  // cell (status over priority, station over technician, category over symptom), nothing is pinned.
  const columns: ColumnsType<WorkOrderListItem> = [
    {
      title: t('workOrder.number'),
      dataIndex: 'number',
      width: 150,
      render: (number: string, o) => (
        <Link to={`/work-orders/${o.id}`} data-testid="board-number">
          {number}
        </Link>
      ),
    },
    {
      title: t('workOrder.sla.label'),
      key: 'sla',
      width: 125,
      sorter: (a, b) => slaUrgency(liveSla(a.sla, now)) - slaUrgency(liveSla(b.sla, now)),
      render: (_, o) => <SlaCountdown sla={o.sla} status={o.status} now={now} />,
    },
    {
      title: t('workOrder.status.label'),
      dataIndex: 'status',
      width: 95,
      render: (s: WorkOrderListItem['status'], o) => (
        <div className="cc-stack">
          <div>
            <WorkOrderStatusTag status={s} />
          </div>
          <div>
            <PriorityTag priority={o.priority} />
          </div>
        </div>
      ),
    },
    {
      title: `${t('workOrder.category')} / ${t('workOrder.symptom')}`,
      key: 'category',
      width: 190,
      render: (_, o) => (
        <div className="cc-stack">
          <div>{o.categoryPath}</div>
          {o.faultSymptom && (
            <Typography.Text type="secondary" ellipsis={{ tooltip: o.faultSymptom }} style={{ maxWidth: 175 }}>
              {o.faultSymptom}
            </Typography.Text>
          )}
        </div>
      ),
    },
    {
      title: t('workOrder.household'),
      key: 'household',
      width: 180,
      render: (_, o) => (
        <div className="cc-stack">
          <div>{o.householdName ?? (o.callerNumber ? formatPhone(o.callerNumber) : '—')}</div>
          <Typography.Text type="secondary" ellipsis={{ tooltip: o.address }} style={{ maxWidth: 165 }}>
            {o.address}
          </Typography.Text>
        </div>
      ),
    },
    {
      title: `${t('workOrder.station')} / ${t('workOrder.technician')}`,
      key: 'people',
      width: 130,
      render: (_, o) => (
        <div className="cc-stack">
          <div>{o.stationName ?? '—'}</div>
          <span data-testid="board-technician">{o.assignedTechnicianName ?? '—'}</span>
        </div>
      ),
    },
    {
      title: t('dispatch.massIncident'),
      key: 'mass',
      width: 90,
      render: (_, o) =>
        o.childCount > 0 ? (
          <Typography.Text strong>{t('dispatch.parentOf', { count: o.childCount })}</Typography.Text>
        ) : o.parentId ? (
          <Link to={`/work-orders/${o.parentId}`}>{o.parentNumber}</Link>
        ) : null,
    },
    {
      title: t('workOrder.creationTime'),
      dataIndex: 'creationTime',
      width: 100,
      render: (v: string) => {
        const [date, time] = formatDateTime(v).split(' ');
        return (
          <div className="cc-stack">
            <div>{date}</div>
            <Typography.Text type="secondary">{time}</Typography.Text>
          </div>
        );
      },
    },
    ...(canAssign
      ? [
          {
            title: t('common.actions'),
            key: 'actions',
            width: 80,
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
      {isPhone ? (
        <List<WorkOrderListItem>
          className="cc-card-list"
          dataSource={items}
          loading={orders.isFetching && !orders.data}
          pagination={{ ...pagination, size: 'small', showSizeChanger: false }}
          renderItem={(o) => (
            <List.Item key={o.id}>
              <DispatchOrderCard
                order={o}
                now={now}
                canAssign={canAssign}
                selected={selected.includes(o.id)}
                onSelect={(checked) => setSelected((list) => (checked ? [...list, o.id] : list.filter((x) => x !== o.id)))}
                onAssign={() => setAssigning([o])}
              />
            </List.Item>
          )}
          data-testid="board-cards"
        />
      ) : (
        <Table<WorkOrderListItem>
          rowKey="id"
          size="small"
          columns={columns}
          dataSource={items}
          loading={orders.isFetching && !orders.data}
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
          pagination={pagination}
          data-testid="board-table"
        />
      )}
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
