import { useState } from 'react';
import { PlusOutlined } from '@ant-design/icons';
import { Button, Input, Table, Tag, type TableProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { Permissions } from '../../api/permissions';
import type { Station } from '../../api/types';
import { useAuth } from '../../auth/AuthContext';
import PageHeader from '../../components/PageHeader';
import QueryError from '../../components/QueryError';
import StationFormModal from './StationFormModal';
import { useStations } from './useStations';
import { formatPhone } from '../../utils/phone';

export function CommunityTags({ communities, max }: { communities: string[]; max?: number }) {
  const { t } = useTranslation();
  const shown = max ? communities.slice(0, max) : communities;
  return (
    <>
      {shown.map((c) => (
        <Tag key={c} color="blue" style={{ marginBottom: 4 }}>
          {c}
        </Tag>
      ))}
      {max && communities.length > max && <Tag>{t('station.more', { count: communities.length - max })}</Tag>}
    </>
  );
}

export default function StationListPage() {
  const { t } = useTranslation();
  const { hasPermission } = useAuth();
  const navigate = useNavigate();
  const stations = useStations();
  const [creating, setCreating] = useState(false);
  const [filter, setFilter] = useState('');

  const needle = filter.trim().toLowerCase();
  const rows = (stations.data ?? []).filter(
    (s) =>
      !needle ||
      [s.code, s.name, s.district, s.dispatchPhone ?? '', ...s.communities].some((v) => v.toLowerCase().includes(needle)),
  );

  const columns: TableProps<Station>['columns'] = [
    { title: t('station.code'), dataIndex: 'code', width: 100, sorter: (a, b) => a.code.localeCompare(b.code) },
    {
      title: t('station.name'),
      dataIndex: 'name',
      width: 160,
      render: (name: string, row) => (
        <Link to={`/stations/${row.id}`} data-testid={`station-link-${row.code}`}>
          {name}
        </Link>
      ),
    },
    { title: t('station.district'), dataIndex: 'district', width: 100 },
    {
      title: t('station.communities'),
      dataIndex: 'communities',
      width: 320,
      render: (c: string[]) => <CommunityTags communities={c} max={4} />,
    },
    { title: t('station.dispatchPhone'), dataIndex: 'dispatchPhone', width: 140, render: (v?: string | null) => formatPhone(v) },
    { title: t('station.householdCount'), dataIndex: 'householdCount', width: 90, align: 'right' },
    { title: t('station.technicianCount'), dataIndex: 'technicianCount', width: 90, align: 'right' },
    {
      title: t('station.isActive'),
      dataIndex: 'isActive',
      width: 80,
      render: (v: boolean) => (v ? <Tag color="green">{t('common.yes')}</Tag> : <Tag>{t('common.no')}</Tag>),
    },
  ];

  return (
    <>
      <PageHeader
        title={t('station.listTitle')}
        testId="page-title"
        extra={
          hasPermission(Permissions.Stations.Edit) && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="station-create">
              {t('station.create')}
            </Button>
          )
        }
      />
      <div className="cc-filters">
        <Input.Search
          className="cc-filter-search"
          allowClear
          placeholder={t('station.searchPlaceholder')}
          value={filter}
          onChange={(e) => setFilter(e.target.value)}
          data-testid="station-search"
        />
      </div>
      {stations.isError && <QueryError error={stations.error} onRetry={() => void stations.refetch()} />}
      <Table<Station>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={rows}
        loading={stations.isFetching}
        scroll={{ x: 1080 }}
        pagination={{ pageSize: 20, hideOnSinglePage: true, showTotal: (total) => t('common.total', { count: total }) }}
        data-testid="station-table"
      />
      <StationFormModal
        open={creating}
        onClose={() => setCreating(false)}
        onSaved={(s) => navigate(`/stations/${s.id}`)}
      />
    </>
  );
}
