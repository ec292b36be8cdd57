import { useState } from 'react';
import { Button, DatePicker, Input, Select, Table, Typography, type TableProps } from 'antd';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { WorkflowPermissions, workflowsApi, type InstanceSummary } from '../../api/workflows';
import { useAuth } from '../../auth/AuthContext';
import PageHeader from '../../components/PageHeader';
import QueryError from '../../components/QueryError';
import { formatDateTime, startOfCompanyDay } from '../../utils/time';
import StatusTag from './StatusTag';
import './workflows.css';
import { queryKeys } from '../../api/queryKeys';

const statuses = ['Running', 'Suspended', 'Finished', 'Faulted', 'Cancelled'];

/** Instances filtered by workflow, status, correlation id (a phone number, a work order number) and start date. */
export default function InstanceListPage() {
  const { t } = useTranslation();
  const { hasPermission } = useAuth();
  const [params, setParams] = useSearchParams();
  const [correlation, setCorrelation] = useState(params.get('correlationId') ?? '');
  const [range, setRange] = useState<[Dayjs | null, Dayjs | null] | null>(null);
  const page = Number(params.get('page') ?? 1);
  const filter = {
    definitionId: params.get('definitionId') ?? undefined,
    status: params.get('status') ?? undefined,
    correlationId: params.get('correlationId') ?? undefined,
    createdFrom: params.get('from') ?? undefined,
    createdTo: params.get('to') ?? undefined,
    page,
    pageSize: 20,
  };
  const set = (patch: Record<string, string | undefined>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries({ ...patch, page: patch.page })) if (v) next.set(k, v);
    else next.delete(k);
    setParams(next, { replace: true });
  };
  // The workflow names for the filter come from the designer's list, which supervisors without it may not read.
  const workflows = useQuery({ queryKey: queryKeys.workflows.all, queryFn: workflowsApi.list, enabled: hasPermission(WorkflowPermissions.Default) });
  const instances = useQuery({
    queryKey: queryKeys.workflows.instances(filter),
    queryFn: () => workflowsApi.instances(filter),
    placeholderData: keepPreviousData,
    refetchInterval: 10_000,
  });
  const names = new Map((workflows.data ?? []).map((w) => [w.definitionId, w.name]));

  const columns: TableProps<InstanceSummary>['columns'] = [
    {
      title: t('workflows.instances.workflow'),
      key: 'workflow',
      render: (_, row) => (
        <Link to={`/workflow-instances/${row.id}`} data-testid={`instance-${row.id}`}>
          {names.get(row.definitionId) ?? row.definitionId} <Typography.Text type="secondary">v{row.definitionVersion}</Typography.Text>
        </Link>
      ),
    },
    { title: t('workflows.instances.status'), dataIndex: 'status', width: 110, render: (s: string) => <StatusTag status={s} /> },
    { title: t('workflows.instances.correlationId'), dataIndex: 'correlationId', width: 170, render: (v?: string) => v ?? '—' },
    { title: t('workflows.instances.incidents'), dataIndex: 'incidentCount', width: 90, render: (n: number) => (n ? <Typography.Text type="danger">{n}</Typography.Text> : 0) },
    { title: t('workflows.instances.createdAt'), dataIndex: 'createdAt', width: 170, render: (v: string) => formatDateTime(v) },
    { title: t('workflows.instances.updatedAt'), dataIndex: 'updatedAt', width: 170, render: (v: string) => formatDateTime(v) },
  ];

  return (
    <>
      <PageHeader
        title={t('workflows.instances.title')}
        testId="page-title"
        extra={
          // Hangfire's own pages (served by the host, outside this app): timers scheduled, fired, failed and retrying.
          hasPermission(WorkflowPermissions.ManageInstances) && (
            <Button href="/hangfire" data-testid="jobs-dashboard">
              {t('workflows.instances.jobs')}
            </Button>
          )
        }
      />
      <div className="cc-filters">
        <Select
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          placeholder={t('workflows.instances.workflow')}
          value={filter.definitionId}
          onChange={(v?: string) => set({ definitionId: v })}
          options={(workflows.data ?? []).map((w) => ({ value: w.definitionId, label: w.name || w.definitionId }))}
          style={{ minWidth: 180 }}
          data-testid="filter-workflow"
        />
        <Select
          allowClear
          placeholder={t('workflows.instances.status')}
          value={filter.status}
          onChange={(v?: string) => set({ status: v })}
          options={statuses.map((s) => ({ value: s, label: t(`workflows.instanceStatus.${s}`) }))}
          style={{ minWidth: 120 }}
          data-testid="filter-status"
        />
        <Input.Search
          allowClear
          placeholder={t('workflows.instances.correlationPlaceholder')}
          value={correlation}
          onChange={(e) => setCorrelation(e.target.value)}
          onSearch={(v) => set({ correlationId: v.trim() || undefined })}
          style={{ minWidth: 0 }}
          data-testid="filter-correlation"
        />
        <DatePicker.RangePicker
          value={range}
          style={{ minWidth: 0 }}
          onChange={(r) => {
            setRange(r);
            // [from, to): the day after the last picked day, at the company's midnight.
            set({ from: r?.[0] ? startOfCompanyDay(r[0]) : undefined, to: r?.[1] ? startOfCompanyDay(r[1].add(1, 'day')) : undefined });
          }}
        />
        <Button onClick={() => void instances.refetch()}>{t('workflows.instances.refresh')}</Button>
      </div>
      {instances.isError && <QueryError error={instances.error} onRetry={() => void instances.refetch()} />}
      <Table<InstanceSummary>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={instances.data?.items}
        loading={instances.isFetching && !instances.data}
        scroll={{ x: 900 }}
        data-testid="instance-table"
        pagination={{
          current: page,
          pageSize: 20,
          total: instances.data?.total ?? 0,
          showSizeChanger: false,
          showTotal: (total) => t('common.total', { count: total }),
          onChange: (p) => set({ page: String(p) }),
        }}
      />
    </>
  );
}
