import { useEffect, useState, type HTMLAttributes } from 'react';
import { PlusOutlined, SearchOutlined, UploadOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Button, Card, Grid, Input, List, Select, Space, Table, Typography, type TableProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { householdApi } from '../../api/households';
import { Permissions } from '../../api/permissions';
import { accountStatuses, type HouseholdListItem } from '../../api/types';
import { useAuth } from '../../auth/AuthContext';
import PageHeader from '../../components/PageHeader';
import QueryError from '../../components/QueryError';
import { CareFlagTags, StatusTag } from '../../components/tags';
import { useStations } from '../stations/useStations';
import { formatPhone } from '../../utils/phone';
import { queryKeys } from '../../api/queryKeys';

const sortable = ['name', 'accountNumber'] as const;

export default function HouseholdListPage() {
  const { t } = useTranslation();
  const { hasPermission } = useAuth();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const filter = params.get('filter') ?? '';
  const stationId = params.get('stationId') ?? undefined;
  const status = params.get('status') ?? undefined;
  const needsCare = params.get('needsCare') === 'true' ? true : undefined;
  const page = Number(params.get('page') ?? '1') || 1;
  const pageSize = Number(params.get('pageSize') ?? '20') || 20;
  const sort = params.get('sort') ?? undefined;
  const [searchText, setSearchText] = useState(filter);
  useEffect(() => setSearchText(filter), [filter]);

  const stations = useStations();
  const isPhone = !Grid.useBreakpoint().md;
  const query = { filter: filter || undefined, stationId, status, needsCare, page, pageSize, sort };
  const households = useQuery({
    queryKey: queryKeys.households.list(query),
    queryFn: () => householdApi.list(query),
    placeholderData: keepPreviousData,
  });

  const update = (changes: Record<string, string | undefined>, resetPage = true) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(changes)) {
      if (value === undefined || value === '') next.delete(key);
      else next.set(key, value);
    }
    if (resetPage) next.delete('page');
    setParams(next, { replace: false });
  };

  const sortOrder = (field: string) =>
    sort === field ? ('ascend' as const) : sort === `-${field}` ? ('descend' as const) : null;

  const columns: TableProps<HouseholdListItem>['columns'] = [
    {
      title: t('household.accountNumber'),
      dataIndex: 'accountNumber',
      key: 'accountNumber',
      width: 130,
      sorter: true,
      sortOrder: sortOrder('accountNumber'),
    },
    {
      title: t('household.name'),
      dataIndex: 'name',
      key: 'name',
      width: 120,
      sorter: true,
      sortOrder: sortOrder('name'),
      render: (name: string, row) => (
        <Link to={`/households/${row.id}`} data-testid={`household-link-${row.accountNumber}`}>
          {name}
        </Link>
      ),
    },
    { title: t('household.primaryPhone'), dataIndex: 'primaryPhone', key: 'primaryPhone', width: 150, render: (v?: string | null) => formatPhone(v) },
    { title: t('household.address'), dataIndex: 'fullAddress', key: 'fullAddress', width: 260 },
    { title: t('household.station'), dataIndex: 'stationName', key: 'stationName', width: 140 },
    {
      title: t('household.status'),
      dataIndex: 'status',
      key: 'status',
      width: 90,
      render: (value: HouseholdListItem['status']) => <StatusTag status={value} />,
    },
    {
      title: t('household.careFlags'),
      dataIndex: 'careFlags',
      key: 'careFlags',
      width: 180,
      render: (value: HouseholdListItem['careFlags']) => <CareFlagTags value={value} />,
    },
  ];

  return (
    <>
      <PageHeader
        title={t('household.listTitle')}
        testId="page-title"
        extra={
          <>
            {hasPermission(Permissions.Customers.Import) && (
              <Link to="/households/import">
                <Button icon={<UploadOutlined />}>{t('household.import')}</Button>
              </Link>
            )}
            {hasPermission(Permissions.Customers.Edit) && (
              <Link to="/households/new">
                <Button type="primary" icon={<PlusOutlined />} data-testid="household-create">
                  {t('household.create')}
                </Button>
              </Link>
            )}
          </>
        }
      />
      <div className="cc-filters">
        <Space.Compact className="cc-filter-search">
          <Input
            allowClear
            prefix={<SearchOutlined />}
            placeholder={t('household.searchPlaceholder')}
            value={searchText}
            onChange={(e) => {
              setSearchText(e.target.value);
              // Clearing the box shows the whole list again without another click.
              if (!e.target.value && filter) update({ filter: undefined });
            }}
            onPressEnter={() => update({ filter: searchText.trim() || undefined })}
            data-testid="household-search"
          />
          <Button
            type="primary"
            onClick={() => update({ filter: searchText.trim() || undefined })}
            data-testid="household-search-button"
          >
            {t('common.search')}
          </Button>
        </Space.Compact>
        {(stations.data?.length ?? 0) > 0 && (
          <Select
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            placeholder={t('household.allStations')}
            value={stationId}
            onChange={(value?: string) => update({ stationId: value })}
            options={stations.data?.map((s) => ({ value: s.id, label: s.name }))}
            data-testid="household-station-filter"
          />
        )}
        <Select
          allowClear
          placeholder={t('household.allStatuses')}
          value={status}
          onChange={(value?: string) => update({ status: value })}
          options={accountStatuses.map((s) => ({ value: s, label: t(`enums.accountStatus.${s}`) }))}
          data-testid="household-status-filter"
        />
        <Select
          allowClear
          placeholder={t('household.careFilter')}
          value={needsCare ? 'true' : undefined}
          onChange={(value?: string) => update({ needsCare: value })}
          options={[{ value: 'true', label: t('household.needsCareOnly') }]}
          data-testid="household-care-filter"
        />
      </div>
      {households.isError && <QueryError error={households.error} onRetry={() => void households.refetch()} />}
      {isPhone ? (
        <List<HouseholdListItem>
          className="cc-card-list"
          dataSource={households.data?.items}
          loading={households.isFetching}
          data-testid="household-cards"
          locale={{ emptyText: filter ? t('household.noMatch', { filter }) : undefined }}
          pagination={{
            current: page,
            pageSize,
            total: households.data?.totalCount ?? 0,
            simple: true,
            align: 'center',
            onChange: (p, size) => update({ page: String(p), pageSize: String(size) }, false),
          }}
          renderItem={(row) => (
            <List.Item>
              <HouseholdCard row={row} />
            </List.Item>
          )}
        />
      ) : (
        <Table<HouseholdListItem>
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={households.data?.items}
          loading={households.isFetching}
          scroll={{ x: 1070 }}
          data-testid="household-table"
          onRow={(row) =>
            ({
              'data-testid': `household-row-${row.accountNumber}`,
              onDoubleClick: () => navigate(`/households/${row.id}`),
            }) as HTMLAttributes<HTMLElement>
          }
          pagination={{
            current: page,
            pageSize,
            total: households.data?.totalCount ?? 0,
            showSizeChanger: true,
            showTotal: (total) => t('common.total', { count: total }),
          }}
          onChange={(pagination, _filters, sorter) => {
            const s = Array.isArray(sorter) ? sorter[0] : sorter;
            const field = typeof s?.columnKey === 'string' && (sortable as readonly string[]).includes(s.columnKey)
              ? s.columnKey
              : undefined;
            const nextSort = field && s.order ? (s.order === 'descend' ? `-${field}` : field) : undefined;
            const sortChanged = nextSort !== sort;
            update(
              {
                sort: nextSort,
                page: sortChanged ? undefined : String(pagination.current ?? 1),
                pageSize: String(pagination.pageSize ?? 20),
              },
              false,
            );
          }}
          locale={{
            emptyText: filter ? (
              <Typography.Text type="secondary">{t('household.noMatch', { filter })}</Typography.Text>
            ) : undefined,
          }}
        />
      )}
    </>
  );
}

/** On a phone a household is a card: the agent needs name, phone, address and flags at a glance. */
function HouseholdCard({ row }: { row: HouseholdListItem }) {
  const navigate = useNavigate();
  return (
    <Card
      size="small"
      hoverable
      className="cc-household-card"
      style={{ width: '100%' }}
      onClick={() => navigate(`/households/${row.id}`)}
      data-testid={`household-row-${row.accountNumber}`}
    >
      <div className="cc-household-card-head">
        <Link
          to={`/households/${row.id}`}
          onClick={(e) => e.stopPropagation()}
          data-testid={`household-link-${row.accountNumber}`}
        >
          <strong>{row.name}</strong>
        </Link>
        <Typography.Text type="secondary">{row.accountNumber}</Typography.Text>
      </div>
      <div>{formatPhone(row.primaryPhone)}</div>
      <div>{row.fullAddress}</div>
      <Space size={4} wrap style={{ marginTop: 4 }}>
        <StatusTag status={row.status} />
        {row.stationName && <Typography.Text type="secondary">{row.stationName}</Typography.Text>}
        <CareFlagTags value={row.careFlags} />
      </Space>
    </Card>
  );
}
