import { DeleteOutlined, EditOutlined, StarFilled } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Col, Descriptions, Empty, Popconfirm, Row, Skeleton, Space, Tag, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { errorMessage } from '../../api/client';
import { householdApi } from '../../api/households';
import { Permissions } from '../../api/permissions';
import type { AuditLog, Household } from '../../api/types';
import { useAuth } from '../../auth/AuthContext';
import ChangeList from '../../components/ChangeList';
import PageHeader from '../../components/PageHeader';
import QueryError from '../../components/QueryError';
import { CareFlagTags, StatusTag } from '../../components/tags';
import { formatDateTime } from '../../utils/time';
import { ContactPermissions } from '../../api/contacts';
import ContactForm from '../contacts/ContactForm';
import HouseholdRequests from '../contacts/HouseholdRequests';
import { formatPhone } from '../../utils/phone';
import { queryKeys } from '../../api/queryKeys';

export default function HouseholdDetailPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const { hasPermission } = useAuth();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  // Always fresh on opening: another agent may have changed the household a moment ago.
  const household = useQuery({ queryKey: queryKeys.households.detail(id), queryFn: () => householdApi.get(id), refetchOnMount: 'always' });
  const history = useQuery({
    queryKey: queryKeys.households.history(id),
    queryFn: () => householdApi.history(id),
    refetchOnMount: 'always',
  });

  const remove = useMutation({
    mutationFn: () => householdApi.remove(id),
    onSuccess: async () => {
      message.success(t('common.deleted'));
      await queryClient.invalidateQueries({ queryKey: queryKeys.households.all });
      navigate('/households', { replace: true });
    },
    onError: (error) => message.error(errorMessage(error, t('common.requestFailed'))),
  });

  if (household.isPending) return <Skeleton active />;
  if (household.isError) return <QueryError error={household.error} onRetry={() => void household.refetch()} />;
  const h = household.data;

  return (
    <>
      <PageHeader
        title={
          <span data-testid="household-title">
            {h.name} <Typography.Text type="secondary">{h.accountNumber}</Typography.Text>
          </span>
        }
        extra={
          <>
            {hasPermission(Permissions.Customers.Edit) && (
              <Link to={`/households/${h.id}/edit`}>
                <Button type="primary" icon={<EditOutlined />} data-testid="household-edit">
                  {t('common.edit')}
                </Button>
              </Link>
            )}
            {hasPermission(Permissions.Customers.Delete) && (
              <Popconfirm title={t('household.confirmDelete')} onConfirm={() => remove.mutate()}>
                <Button danger icon={<DeleteOutlined />} loading={remove.isPending}>
                  {t('common.delete')}
                </Button>
              </Popconfirm>
            )}
          </>
        }
      />
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={14}>
          <Card title={t('household.details')}>
            <HouseholdDescriptions h={h} />
          </Card>
        </Col>
        <Col xs={24} lg={10}>
          <Card title={t('household.history')} data-testid="household-history">
            {history.isPending && <Skeleton active />}
            {history.isError && <QueryError error={history.error} />}
            {history.data && <HistoryTimeline entries={history.data} />}
          </Card>
        </Col>
        {hasPermission(ContactPermissions.Default) && (
          <>
            {hasPermission(ContactPermissions.Create) && (
              <Col xs={24} lg={14}>
                <ContactForm householdId={h.id} />
              </Col>
            )}
            <Col xs={24} lg={10}>
              <HouseholdRequests householdId={h.id} />
            </Col>
          </>
        )}
      </Row>
    </>
  );
}

function HouseholdDescriptions({ h }: { h: Household }) {
  const { t } = useTranslation();
  const address = h.address;
  return (
    <Descriptions column={{ xs: 1, sm: 1, md: 2, lg: 1, xl: 2 }} size="small" bordered styles={{ label: { minWidth: 96 } }}>
      <Descriptions.Item label={t('household.accountNumber')}>
        <span data-testid="household-account">{h.accountNumber}</span>
      </Descriptions.Item>
      <Descriptions.Item label={t('household.name')}>
        <span data-testid="household-name">{h.name}</span>
      </Descriptions.Item>
      <Descriptions.Item label={t('household.phones')} span={2}>
        <Space orientation="vertical" size={2} data-testid="household-phones">
          {h.phones.map((phone) => (
            <span key={phone.number} data-testid="household-phone">
              {formatPhone(phone.number)}
              {phone.extension ? ` ${t('household.extension')} ${phone.extension}` : ''}{' '}
              <Tag>{t(`enums.phoneKind.${phone.kind}`, { defaultValue: phone.kind })}</Tag>
              {phone.isPrimary && (
                <Tag color="gold" icon={<StarFilled />} data-testid="primary-phone">
                  {t('household.primary')}
                </Tag>
              )}
            </span>
          ))}
        </Space>
      </Descriptions.Item>
      <Descriptions.Item label={t('household.district')}>{address.district}</Descriptions.Item>
      <Descriptions.Item label={t('household.community')}>
        <span data-testid="household-community">{address.community}</span>
      </Descriptions.Item>
      <Descriptions.Item label={t('household.buildingUnitRoom')} span={2}>
        {[
          address.building && t('household.buildingValue', { value: address.building }),
          address.unit && t('household.unitValue', { value: address.unit }),
          address.room && t('household.roomValue', { value: address.room }),
        ]
          .filter(Boolean)
          .join(' ')}
      </Descriptions.Item>
      <Descriptions.Item label={t('household.station')}>
        {h.stationId ? (
          <Link to={`/stations/${h.stationId}`}>{h.stationName}</Link>
        ) : (
          <Typography.Text type="secondary">{t('household.noStation')}</Typography.Text>
        )}{' '}
        <Typography.Text type="secondary">
          ({h.stationSetExplicitly ? t('household.stationExplicit') : t('household.stationByCommunity')})
        </Typography.Text>
      </Descriptions.Item>
      <Descriptions.Item label={t('household.heatingAreaM2')}>{h.heatingAreaM2} m²</Descriptions.Item>
      <Descriptions.Item label={t('household.heatingType')}>
        {t(`enums.heatingType.${h.heatingType}`, { defaultValue: h.heatingType })}
      </Descriptions.Item>
      <Descriptions.Item label={t('household.status')}>
        <StatusTag status={h.status} />
      </Descriptions.Item>
      <Descriptions.Item label={t('household.careFlags')} span={2}>
        <CareFlagTags value={h.careFlags} />
      </Descriptions.Item>
      <Descriptions.Item label={t('household.notes')} span={2}>
        <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }} data-testid="household-notes">
          {h.notes}
        </Typography.Paragraph>
      </Descriptions.Item>
      <Descriptions.Item label={t('household.creationTime')}>{formatDateTime(h.creationTime)}</Descriptions.Item>
      <Descriptions.Item label={t('household.lastModificationTime')}>
        {formatDateTime(h.lastModificationTime)}
      </Descriptions.Item>
    </Descriptions>
  );
}

function HistoryTimeline({ entries }: { entries: AuditLog[] }) {
  const { t } = useTranslation();
  if (entries.length === 0) return <Empty description={t('household.noHistory')} />;
  const sorted = [...entries].sort((a, b) => b.time.localeCompare(a.time));
  return (
    <Timeline
      items={sorted.map((entry) => ({
        key: entry.id,
        color: entry.action === 'Created' ? 'green' : entry.action === 'Deleted' ? 'red' : 'blue',
        content: (
          <div data-testid="history-entry">
            <Typography.Text type="secondary">
              {formatDateTime(entry.time)} · {entry.userDisplayName ?? entry.userName ?? t('audit.system')} ·{' '}
              {t(`enums.auditAction.${entry.action}`, { defaultValue: entry.action })}
            </Typography.Text>
            <ChangeList changes={entry.changes} entityType="Household" />
          </div>
        ),
      }))}
    />
  );
}
