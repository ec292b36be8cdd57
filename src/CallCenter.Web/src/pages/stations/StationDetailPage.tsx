import { useState } from 'react';
import { DeleteOutlined, EditOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Descriptions, Popconfirm, Skeleton, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { errorMessage } from '../../api/client';
import { stationApi } from '../../api/stations';
import { Permissions } from '../../api/permissions';
import { useAuth } from '../../auth/AuthContext';
import PageHeader from '../../components/PageHeader';
import QueryError from '../../components/QueryError';
import StationFormModal from './StationFormModal';
import { CommunityTags } from './StationListPage';
import { formatPhone } from '../../utils/phone';
import { queryKeys } from '../../api/queryKeys';

export default function StationDetailPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const { hasPermission } = useAuth();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [editing, setEditing] = useState(false);
  const station = useQuery({ queryKey: queryKeys.stations.detail(id), queryFn: () => stationApi.get(id) });

  const remove = useMutation({
    mutationFn: () => stationApi.remove(id),
    onSuccess: async () => {
      message.success(t('common.deleted'));
      await queryClient.invalidateQueries({ queryKey: queryKeys.stations.all });
      navigate('/stations', { replace: true });
    },
    onError: (error) => message.error(errorMessage(error, t('common.requestFailed'))),
  });

  if (station.isPending) return <Skeleton active />;
  if (station.isError) return <QueryError error={station.error} onRetry={() => void station.refetch()} />;
  const s = station.data;
  const canEdit = hasPermission(Permissions.Stations.Edit);

  return (
    <>
      <PageHeader
        title={<span data-testid="station-title">{`${s.code} ${s.name}`}</span>}
        extra={
          canEdit && (
            <>
              <Button type="primary" icon={<EditOutlined />} onClick={() => setEditing(true)} data-testid="station-edit">
                {t('common.edit')}
              </Button>
              <Popconfirm title={t('station.confirmDelete')} onConfirm={() => remove.mutate()}>
                <Button danger icon={<DeleteOutlined />} loading={remove.isPending}>
                  {t('common.delete')}
                </Button>
              </Popconfirm>
            </>
          )
        }
      />
      <Card>
        <Descriptions column={{ xs: 1, sm: 1, md: 2 }} bordered size="small">
          <Descriptions.Item label={t('station.code')}>{s.code}</Descriptions.Item>
          <Descriptions.Item label={t('station.name')}>{s.name}</Descriptions.Item>
          <Descriptions.Item label={t('station.district')}>{s.district}</Descriptions.Item>
          <Descriptions.Item label={t('station.dispatchPhone')}>{formatPhone(s.dispatchPhone)}</Descriptions.Item>
          <Descriptions.Item label={t('station.department')}>{s.departmentName}</Descriptions.Item>
          <Descriptions.Item label={t('station.isActive')}>
            {s.isActive ? <Tag color="green">{t('common.yes')}</Tag> : <Tag>{t('common.no')}</Tag>}
          </Descriptions.Item>
          <Descriptions.Item label={t('station.householdCount')}>
            {hasPermission(Permissions.Customers.Default) ? (
              <Link to={`/households?stationId=${s.id}`}>{s.householdCount}</Link>
            ) : (
              s.householdCount
            )}
          </Descriptions.Item>
          <Descriptions.Item label={t('station.technicianCount')}>{s.technicianCount}</Descriptions.Item>
          <Descriptions.Item label={t('station.communities')} span={2}>
            <div data-testid="station-communities">
              <CommunityTags communities={s.communities} />
            </div>
          </Descriptions.Item>
        </Descriptions>
      </Card>
      <StationFormModal open={editing} station={s} onClose={() => setEditing(false)} />
    </>
  );
}
