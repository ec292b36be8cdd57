import { ReloadOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Select, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { errorMessage } from '../../api/client';
import {
  notificationApi,
  notificationChannels,
  notificationStatuses,
  type Notification,
  type NotificationChannel,
  type NotificationStatus,
} from '../../api/notifications';
import PageHeader from '../../components/PageHeader';
import QueryError from '../../components/QueryError';
import { formatDateTime } from '../../utils/time';
import { tablePagination } from '../../components/tablePagination';
import { queryKeys } from '../../api/queryKeys';

const statusColors: Record<NotificationStatus, string> = { Pending: 'blue', Sent: 'green', Failed: 'red' };

/** Every message the product sent or tries to send (in-app, SMS) and where its delivery stands. */
export default function OutboxPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [status, setStatus] = useState<NotificationStatus>();
  const [channel, setChannel] = useState<NotificationChannel>();
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(50);
  const query = { status, channel, page, pageSize };
  const messages = useQuery({ queryKey: queryKeys.outbox.list(query), queryFn: () => notificationApi.outbox(query), refetchInterval: 15_000 });
  const retry = useMutation({
    mutationFn: (id: string) => notificationApi.retry(id),
    onSuccess: async () => {
      message.success(t('outbox.requeued'));
      await queryClient.invalidateQueries({ queryKey: queryKeys.outbox.all });
    },
    onError: (error) => message.error(errorMessage(error, t('common.requestFailed'))),
  });

  const columns: ColumnsType<Notification> = [
    { title: t('outbox.created'), dataIndex: 'creationTime', width: 160, render: (v: string) => formatDateTime(v) },
    { title: t('outbox.channel'), dataIndex: 'channel', width: 90, render: (c: NotificationChannel) => t(`outbox.channels.${c}`) },
    {
      title: t('outbox.status'),
      dataIndex: 'status',
      width: 90,
      render: (s: NotificationStatus) => (
        <Tag color={statusColors[s]} data-testid="outbox-status" data-status={s}>
          {t(`outbox.statuses.${s}`)}
        </Tag>
      ),
    },
    {
      title: t('outbox.recipient'),
      key: 'recipient',
      width: 160,
      render: (_, n) => [n.recipientName, n.recipientPhone].filter(Boolean).join(' · ') || '—',
    },
    {
      title: t('outbox.message'),
      key: 'message',
      width: 320,
      render: (_, n) => (
        <div>
          <Typography.Text strong>{n.title}</Typography.Text>
          <Typography.Paragraph type="secondary" ellipsis={{ rows: 2, expandable: true }} style={{ margin: 0 }}>
            {n.body}
          </Typography.Paragraph>
        </div>
      ),
    },
    {
      title: t('workOrder.number'),
      dataIndex: 'workOrderNumber',
      width: 170,
      render: (num: string | null, n) => (n.workOrderId ? <Link to={`/work-orders/${n.workOrderId}`}>{num}</Link> : '—'),
    },
    { title: t('outbox.attempts'), dataIndex: 'attempts', width: 70 },
    {
      title: t('outbox.delivery'),
      key: 'delivery',
      width: 220,
      render: (_, n) =>
        n.status === 'Sent' ? (
          <span>
            {formatDateTime(n.sentAt)}
            {n.readAt && <Typography.Text type="secondary"> · {t('outbox.readAt', { time: formatDateTime(n.readAt) })}</Typography.Text>}
          </span>
        ) : (
          <span>
            {n.lastError && <Typography.Text type="danger">{n.lastError}</Typography.Text>}
            {n.status === 'Pending' && n.nextAttemptAt && (
              <Typography.Text type="secondary"> {t('outbox.nextAttempt', { time: formatDateTime(n.nextAttemptAt) })}</Typography.Text>
            )}
          </span>
        ),
    },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 90,
      fixed: 'right',
      render: (_, n) =>
        n.status === 'Failed' && (
          <Button size="small" icon={<ReloadOutlined />} loading={retry.isPending && retry.variables === n.id} onClick={() => retry.mutate(n.id)}>
            {t('outbox.retry')}
          </Button>
        ),
    },
  ];

  return (
    <>
      <PageHeader title={t('outbox.title')} testId="outbox-title" />
      <div className="cc-filters">
        <Select
          allowClear
          placeholder={t('outbox.allStatuses')}
          value={status}
          onChange={(v?: NotificationStatus) => {
            setStatus(v);
            setPage(1);
          }}
          options={notificationStatuses.map((s) => ({ value: s, label: t(`outbox.statuses.${s}`) }))}
        />
        <Select
          allowClear
          placeholder={t('outbox.allChannels')}
          value={channel}
          onChange={(v?: NotificationChannel) => {
            setChannel(v);
            setPage(1);
          }}
          options={notificationChannels.map((c) => ({ value: c, label: t(`outbox.channels.${c}`) }))}
        />
      </div>
      {messages.isError && <QueryError error={messages.error} onRetry={() => void messages.refetch()} />}
      <Table<Notification>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={messages.data?.items}
        loading={messages.isPending}
        scroll={{ x: 1400 }}
        pagination={tablePagination(t, page, pageSize, messages.data?.totalCount, (p, s) => {
          setPage(p);
          setPageSize(s);
        })}
        data-testid="outbox-table"
      />
    </>
  );
}
