import { useState } from 'react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Button, DatePicker, Input, Result, Table, Tabs, Tag, type TableProps } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { voiceApi, VoicePermissions, type CallListItem, type CallSearch } from '../../api/voice';
import { useAuth } from '../../auth/AuthContext';
import PageHeader from '../../components/PageHeader';
import QueryError from '../../components/QueryError';
import { formatDateTime } from '../../utils/time';
import CallDetailDrawer from './CallDetailDrawer';
import CallbacksTable from './CallbacksTable';
import { formatPhone } from '../../utils/phone';
import { tablePagination } from '../../components/tablePagination';
import { queryKeys } from '../../api/queryKeys';

interface Filters {
  number?: string;
  range?: [Dayjs | null, Dayjs | null] | null;
}

/** Call records: search by number and date, open one to see its way through the IVR and play its recordings. */
export default function CallsPage() {
  const { t } = useTranslation();
  const { hasPermission } = useAuth();
  const [draft, setDraft] = useState<Filters>({});
  const [applied, setApplied] = useState<Filters>({});
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(20);
  const [openId, setOpenId] = useState<string | null>(null);
  const query: CallSearch = {
    number: applied.number?.trim() || undefined,
    from: applied.range?.[0]?.format('YYYY-MM-DD'),
    to: applied.range?.[1]?.format('YYYY-MM-DD'),
    page,
    pageSize,
  };
  const calls = useQuery({
    queryKey: queryKeys.calls.list(query),
    queryFn: () => voiceApi.searchCalls(query),
    placeholderData: keepPreviousData,
    enabled: hasPermission(VoicePermissions.Calls),
  });
  const apply = () => {
    setApplied(draft);
    setPage(1);
  };

  const columns: TableProps<CallListItem>['columns'] = [
    { title: t('voice.calls.startedAt'), dataIndex: 'startedAt', width: 170, render: formatDateTime },
    { title: t('voice.calls.caller'), dataIndex: 'callerNumber', width: 140, render: (v: string) => formatPhone(v) },
    { title: t('voice.calls.dialled'), dataIndex: 'dialledNumber', width: 100 },
    { title: t('voice.calls.digits'), dataIndex: 'digits', width: 90, render: (d: string) => (d ? <Tag>{d}</Tag> : null) },
    {
      title: t('voice.calls.duration'),
      key: 'duration',
      width: 90,
      render: (_: unknown, row) =>
        row.endedAt ? `${Math.round((Date.parse(row.endedAt) - Date.parse(row.startedAt)) / 1000)} s` : <Tag color="green">{t('voice.calls.live')}</Tag>,
    },
    {
      title: t('voice.calls.endReason'),
      dataIndex: 'endReason',
      width: 130,
      render: (r: string | null) => (r ? t(`voice.calls.endReasons.${r}`, { defaultValue: r }) : ''),
    },
    { title: t('voice.calls.recordings'), dataIndex: 'recordingCount', width: 80 },
  ];

  const callsTab = (
    <>
      <div className="cc-filters">
        <Input
          allowClear
          placeholder={t('voice.calls.number')}
          value={draft.number}
          onChange={(e) => setDraft({ ...draft, number: e.target.value })}
          onPressEnter={apply}
          data-testid="calls-number"
        />
        <DatePicker.RangePicker value={draft.range ?? null} onChange={(range) => setDraft({ ...draft, range })} style={{ minWidth: 0 }} />
        <Button type="primary" onClick={apply} style={{ flex: '0 0 auto' }} data-testid="calls-search">
          {t('common.search')}
        </Button>
      </div>
      {calls.isError && <QueryError error={calls.error} onRetry={() => void calls.refetch()} />}
      <Table<CallListItem>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={calls.data?.items}
        loading={calls.isFetching}
        scroll={{ x: 800 }}
        onRow={(row) => ({ onClick: () => setOpenId(row.id), style: { cursor: 'pointer' } })}
        pagination={tablePagination(t, page, pageSize, calls.data?.totalCount, (p, s) => {
          setPage(p);
          setPageSize(s);
        })}
        data-testid="calls-table"
      />
      {openId && <CallDetailDrawer id={openId} onClose={() => setOpenId(null)} />}
    </>
  );

  const tabs = [
    ...(hasPermission(VoicePermissions.Calls) ? [{ key: 'calls', label: t('voice.calls.title'), children: callsTab }] : []),
    ...(hasPermission(VoicePermissions.Callbacks) ? [{ key: 'callbacks', label: t('voice.callbacks.title'), children: <CallbacksTable /> }] : []),
  ];
  if (tabs.length === 0) return <Result status="403" title="403" subTitle={t('common.forbidden')} data-testid="forbidden" />;
  return (
    <>
      <PageHeader title={t('voice.calls.pageTitle')} testId="page-title" />
      <Tabs items={tabs} />
    </>
  );
}
