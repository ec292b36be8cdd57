import { useState } from 'react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { AutoComplete, Button, DatePicker, Input, Table, Tag, type TableProps } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { auditApi, type AuditLogQuery } from '../../api/audit';
import type { AuditLog } from '../../api/types';
import ChangeList, { isGuid } from '../../components/ChangeList';
import PageHeader from '../../components/PageHeader';
import QueryError from '../../components/QueryError';
import { endOfCompanyDay, formatDateTime, startOfCompanyDay } from '../../utils/time';
import { tablePagination } from '../../components/tablePagination';
import { queryKeys } from '../../api/queryKeys';

const knownEntityTypes = ['Household', 'Station', 'User', 'WorkOrder', 'Contact', 'Supervision', 'Disposition', 'SlaPolicy', 'BusinessCalendar', 'WorkflowDefinition'];
const actionColors: Record<string, string> = { Created: 'green', Updated: 'blue', Deleted: 'red' };

interface Filters {
  entityType?: string;
  entityId?: string;
  userName?: string;
  range?: [Dayjs | null, Dayjs | null] | null;
}

export default function AuditLogPage() {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<Filters>({});
  const [applied, setApplied] = useState<Filters>({});
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(20);

  const query: AuditLogQuery = {
    entityType: applied.entityType?.trim() || undefined,
    entityId: applied.entityId?.trim() || undefined,
    userName: applied.userName?.trim() || undefined,
    from: applied.range?.[0] ? startOfCompanyDay(applied.range[0]) : undefined,
    to: applied.range?.[1] ? endOfCompanyDay(applied.range[1]) : undefined,
    page,
    pageSize,
  };
  const logs = useQuery({
    queryKey: queryKeys.auditLogs.list(query),
    queryFn: () => auditApi.list(query),
    placeholderData: keepPreviousData,
  });

  // The entity by its name (a household's, an order's number); an id nobody can read is not shown.
  const entityLink = (row: AuditLog) => {
    const name = row.entityName ?? (isGuid(row.entityId) ? '' : row.entityId);
    if (row.action === 'Deleted' || !name) return name;
    if (row.entityType === 'Household') return <Link to={`/households/${row.entityId}`}>{name}</Link>;
    if (row.entityType === 'Station') return <Link to={`/stations/${row.entityId}`}>{name}</Link>;
    if (row.entityType === 'WorkOrder') return <Link to={`/work-orders/${row.entityId}`}>{name}</Link>;
    if (row.entityType === 'WorkflowDefinition') return <Link to={`/workflows/${encodeURIComponent(row.entityId)}`}>{name}</Link>;
    return name;
  };

  const columns: TableProps<AuditLog>['columns'] = [
    { title: t('audit.time'), dataIndex: 'time', width: 170, render: (v: string) => formatDateTime(v) },
    { title: t('audit.user'), dataIndex: 'userName', width: 110, render: (v: string | undefined, row) => row.userDisplayName ?? v ?? t('audit.system') },
    {
      title: t('audit.entity'),
      key: 'entity',
      width: 230,
      render: (_: unknown, row) => (
        <>
          <Tag>{t(`audit.entityTypes.${row.entityType}`, { defaultValue: row.entityType })}</Tag>
          <span style={{ fontSize: 12, wordBreak: 'break-all' }}>{entityLink(row)}</span>
        </>
      ),
    },
    {
      title: t('audit.action'),
      dataIndex: 'action',
      width: 90,
      render: (v: string) => <Tag color={actionColors[v]}>{t(`enums.auditAction.${v}`, { defaultValue: v })}</Tag>,
    },
    {
      title: t('audit.changes'),
      dataIndex: 'changes',
      width: 420,
      render: (changes: AuditLog['changes'], row) => <ChangeList changes={changes} entityType={row.entityType} />,
    },
  ];

  const apply = () => {
    setApplied(draft);
    setPage(1);
  };

  return (
    <>
      <PageHeader title={t('audit.title')} testId="page-title" />
      <div className="cc-filters">
        <AutoComplete
          allowClear
          placeholder={t('audit.entityType')}
          value={draft.entityType}
          onChange={(v: string) => setDraft({ ...draft, entityType: v })}
          options={knownEntityTypes.map((v) => ({ value: v, label: t(`audit.entityTypes.${v}`) }))}
          data-testid="audit-entity-type"
        />
        <Input
          allowClear
          placeholder={t('audit.entityId')}
          value={draft.entityId}
          onChange={(e) => setDraft({ ...draft, entityId: e.target.value })}
          onPressEnter={apply}
        />
        <Input
          allowClear
          placeholder={t('audit.userName')}
          value={draft.userName}
          onChange={(e) => setDraft({ ...draft, userName: e.target.value })}
          onPressEnter={apply}
        />
        <DatePicker.RangePicker
          value={draft.range ?? null}
          onChange={(range) => setDraft({ ...draft, range })}
          style={{ minWidth: 0 }}
        />
        <Button type="primary" onClick={apply} style={{ flex: '0 0 auto' }} data-testid="audit-apply">
          {t('common.search')}
        </Button>
      </div>
      {logs.isError && <QueryError error={logs.error} onRetry={() => void logs.refetch()} />}
      <Table<AuditLog>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={logs.data?.items}
        loading={logs.isFetching}
        scroll={{ x: 1020 }}
        pagination={tablePagination(t, page, pageSize, logs.data?.totalCount, (p, s) => {
          setPage(p);
          setPageSize(s);
        })}
        data-testid="audit-table"
      />
    </>
  );
}
