import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Input, Modal, Segmented, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { errorMessage } from '../../api/client';
import { supervisionApi, WorkOrderPermissions, type SupervisionItem, type SupervisionStatus } from '../../api/workorders';
import { useAuth } from '../../auth/AuthContext';
import QueryError from '../../components/QueryError';
import { formatDateTime } from '../../utils/time';
import { PriorityTag, WorkOrderStatusTag } from '../workorders/tags';
import { queryKeys } from '../../api/queryKeys';

const statusColors: Record<SupervisionStatus, string> = { Open: 'red', Responded: 'orange', Closed: 'default' };

/** 督办: late orders with the reason, who owns them and what answer is required by when. */
export default function SupervisionTab() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { hasPermission } = useAuth();
  const queryClient = useQueryClient();
  const [status, setStatus] = useState<SupervisionStatus | 'all'>('Open');
  const [page, setPage] = useState(1);
  const [responding, setResponding] = useState<SupervisionItem | null>(null);
  const [response, setResponse] = useState('');
  const query = { status: status === 'all' ? undefined : status, page, pageSize: 50 };
  const items = useQuery({ queryKey: queryKeys.supervision.list(query), queryFn: () => supervisionApi.list(query), refetchInterval: 60_000 });
  const done = async () => {
    await queryClient.invalidateQueries({ queryKey: queryKeys.supervision.all });
  };
  const respond = useMutation({
    mutationFn: () => supervisionApi.respond(responding!.id, response.trim()),
    onSuccess: async () => {
      setResponding(null);
      setResponse('');
      message.success(t('common.saved'));
      await done();
    },
    onError: (error) => message.error(errorMessage(error, t('common.requestFailed'))),
  });
  const close = useMutation({
    mutationFn: (id: string) => supervisionApi.close(id),
    onSuccess: done,
    onError: (error) => message.error(errorMessage(error, t('common.requestFailed'))),
  });

  const columns: ColumnsType<SupervisionItem> = [
    {
      title: t('workOrder.number'),
      dataIndex: 'workOrderNumber',
      width: 170,
      render: (n: string, s) => <Link to={`/work-orders/${s.workOrderId}`}>{n}</Link>,
    },
    { title: t('supervision.status'), dataIndex: 'status', width: 90, render: (s: SupervisionStatus) => <Tag color={statusColors[s]}>{t(`supervision.statuses.${s}`)}</Tag> },
    { title: t('supervision.kind'), dataIndex: 'kind', width: 120, render: (k: string) => t(`supervision.kinds.${k}`, { defaultValue: k }) },
    { title: t('workOrder.priority'), dataIndex: 'priority', width: 80, render: (p) => <PriorityTag priority={p} /> },
    { title: t('workOrder.status.label'), dataIndex: 'workOrderStatus', width: 110, render: (s) => <WorkOrderStatusTag status={s} /> },
    { title: t('supervision.reason'), dataIndex: 'reason', width: 220 },
    {
      title: t('supervision.owner'),
      key: 'owner',
      width: 140,
      render: (_, s) => [s.ownerStationName, s.ownerName].filter(Boolean).join(' · ') || '—',
    },
    { title: t('supervision.responseRequired'), dataIndex: 'responseRequired', width: 220 },
    { title: t('supervision.responseDueAt'), dataIndex: 'responseDueAt', width: 150, render: (v: string | null) => formatDateTime(v) },
    {
      title: t('supervision.response'),
      key: 'response',
      width: 220,
      render: (_, s) =>
        s.response ? (
          <div>
            <div>{s.response}</div>
            <Typography.Text type="secondary">
              {s.respondedBy} · {formatDateTime(s.respondedAt)}
            </Typography.Text>
          </div>
        ) : null,
    },
    { title: t('supervision.escalationLevel'), dataIndex: 'escalationLevel', width: 80 },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 150,
      fixed: 'right',
      render: (_, s) => (
        <Space size={4}>
          {s.status === 'Open' && hasPermission(WorkOrderPermissions.Assign) && (
            <Button size="small" onClick={() => setResponding(s)}>
              {t('supervision.respond')}
            </Button>
          )}
          {s.status !== 'Closed' && hasPermission(WorkOrderPermissions.Supervise) && (
            <Button size="small" onClick={() => close.mutate(s.id)}>
              {t('supervision.close')}
            </Button>
          )}
        </Space>
      ),
    },
  ];

  return (
    <>
      <Segmented
        value={status}
        onChange={(v) => {
          setStatus(v as SupervisionStatus | 'all');
          setPage(1);
        }}
        options={[
          { value: 'Open', label: t('supervision.statuses.Open') },
          { value: 'Responded', label: t('supervision.statuses.Responded') },
          { value: 'Closed', label: t('supervision.statuses.Closed') },
          { value: 'all', label: t('tech.all') },
        ]}
        style={{ marginBottom: 12 }}
      />
      {items.isError && <QueryError error={items.error} onRetry={() => void items.refetch()} />}
      <Table<SupervisionItem>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={items.data?.items}
        loading={items.isPending}
        scroll={{ x: 1800 }}
        pagination={{ current: page, pageSize: 50, total: items.data?.totalCount ?? 0, onChange: setPage }}
        data-testid="supervision-table"
      />
      <Modal
        open={responding !== null}
        title={t('supervision.respondTitle', { number: responding?.workOrderNumber ?? '' })}
        okButtonProps={{ disabled: !response.trim(), loading: respond.isPending }}
        onOk={() => respond.mutate()}
        onCancel={() => setResponding(null)}
      >
        <Typography.Paragraph type="secondary">{responding?.responseRequired}</Typography.Paragraph>
        <Input.TextArea rows={4} maxLength={2000} value={response} onChange={(e) => setResponse(e.target.value)} />
      </Modal>
    </>
  );
}
