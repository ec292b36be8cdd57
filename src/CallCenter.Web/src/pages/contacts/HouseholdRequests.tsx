import { useQuery } from '@tanstack/react-query';
import { Card, Empty, List, Tabs, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { contactApi } from '../../api/contacts';
import { WorkOrderPermissions, workOrderApi } from '../../api/workorders';
import { useAuth } from '../../auth/AuthContext';
import QueryError from '../../components/QueryError';
import { formatDateTime } from '../../utils/time';
import SlaCountdown from '../workorders/SlaCountdown';
import { PriorityTag, WorkOrderStatusTag } from '../workorders/tags';
import { useNow } from '../workorders/useNow';
import { queryKeys } from '../../api/queryKeys';

/** The household's recent contacts and work orders, so the agent sees a repeat caller's open repair at once. */
export default function HouseholdRequests({ householdId }: { householdId: string }) {
  const { t } = useTranslation();
  const { hasPermission } = useAuth();
  const now = useNow();
  const contacts = useQuery({
    queryKey: queryKeys.contacts.byHousehold(householdId),
    queryFn: () => contactApi.list({ householdId, pageSize: 20, sort: '-time' }),
    refetchOnMount: 'always',
  });
  const orders = useQuery({
    queryKey: queryKeys.workOrders.byHousehold(householdId),
    queryFn: () => workOrderApi.list({ householdId, pageSize: 20, sort: '-creationTime' }),
    enabled: hasPermission(WorkOrderPermissions.Default),
    refetchOnMount: 'always',
  });
  return (
    <Card size="small" data-testid="household-requests">
      <Tabs
        size="small"
        items={[
          {
            key: 'orders',
            label: t('contact.workOrders'),
            children: (
              <>
                {orders.isError && <QueryError error={orders.error} />}
                <List
                  size="small"
                  loading={orders.isPending && orders.fetchStatus !== 'idle'}
                  dataSource={orders.data?.items ?? []}
                  locale={{ emptyText: <Empty description={t('contact.noWorkOrders')} /> }}
                  renderItem={(o) => (
                    <List.Item data-testid="household-order" data-number={o.number}>
                      <div style={{ width: '100%' }}>
                        <Link to={`/work-orders/${o.id}`}>{o.number}</Link> <WorkOrderStatusTag status={o.status} /> <PriorityTag priority={o.priority} />{' '}
                        <SlaCountdown sla={o.sla} status={o.status} now={now} />
                        <div>
                          <Typography.Text type="secondary">
                            {formatDateTime(o.creationTime)} · {o.categoryPath} {o.faultSymptom ? `· ${o.faultSymptom}` : ''}
                          </Typography.Text>
                        </div>
                      </div>
                    </List.Item>
                  )}
                />
              </>
            ),
          },
          {
            key: 'contacts',
            label: t('contact.contacts'),
            children: (
              <>
                {contacts.isError && <QueryError error={contacts.error} />}
                <List
                  size="small"
                  loading={contacts.isPending}
                  dataSource={contacts.data?.items ?? []}
                  locale={{ emptyText: <Empty description={t('contact.noContacts')} /> }}
                  renderItem={(c) => (
                    <List.Item data-testid="household-contact">
                      <div>
                        <Typography.Text type="secondary">
                          {formatDateTime(c.time)} · {t(`contact.channels.${c.channel}`)} · {c.agentName ?? ''}
                        </Typography.Text>
                        <div>
                          {c.categoryPath} {c.resolvedOnFirstContact && <Tag color="green">{t('contact.fcr')}</Tag>}
                          {c.workOrderId && <Link to={`/work-orders/${c.workOrderId}`}>{c.workOrderNumber}</Link>}
                        </div>
                        {c.notes && <div>{c.notes}</div>}
                      </div>
                    </List.Item>
                  )}
                />
              </>
            ),
          },
        ]}
      />
    </Card>
  );
}
