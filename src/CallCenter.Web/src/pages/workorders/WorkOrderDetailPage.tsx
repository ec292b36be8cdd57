import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Col, Descriptions, Image, Input, Modal, Row, Skeleton, Space, Table, Timeline, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { errorMessage } from '../../api/client';
import { actorName, assignableStatuses, signatureUrl, WorkOrderPermissions, workOrderApi, type WorkOrder } from '../../api/workorders';
import { useAuth } from '../../auth/AuthContext';
import PageHeader from '../../components/PageHeader';
import QueryError from '../../components/QueryError';
import { formatPhone } from '../../utils/phone';
import { formatDateTime } from '../../utils/time';
import AssignModal from '../dispatch/AssignModal';
import SlaCountdown from './SlaCountdown';
import { PriorityTag, WorkOrderStatusTag } from './tags';
import { useNow } from './useNow';
import { queryKeys } from '../../api/queryKeys';

/** One order as the dispatcher and the agent see it: where it stands, who did what, what was found on site. */
export default function WorkOrderDetailPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { hasPermission } = useAuth();
  const queryClient = useQueryClient();
  const now = useNow();
  const order = useQuery({ queryKey: queryKeys.workOrders.detail(id), queryFn: () => workOrderApi.get(id), refetchOnMount: 'always', refetchInterval: 30_000 });
  const [assigning, setAssigning] = useState(false);
  const [cancelling, setCancelling] = useState(false);
  const [reason, setReason] = useState('');

  const changed = async () => {
    await queryClient.invalidateQueries({ queryKey: queryKeys.workOrders.detail(id) });
    await queryClient.invalidateQueries({ queryKey: queryKeys.workOrders.all });
  };
  const onError = (error: unknown) => message.error(errorMessage(error, t('common.requestFailed')));
  const dispatch = useMutation({ mutationFn: () => workOrderApi.dispatch(id), onSuccess: changed, onError });
  const close = useMutation({ mutationFn: () => workOrderApi.close(id), onSuccess: changed, onError });
  const cancel = useMutation({
    mutationFn: () => workOrderApi.cancel(id, reason.trim()),
    onSuccess: async () => {
      setCancelling(false);
      setReason('');
      await changed();
    },
    onError,
  });

  if (order.isPending) return <Skeleton active />;
  if (order.isError) return <QueryError error={order.error} onRetry={() => void order.refetch()} />;
  const o: WorkOrder = order.data;
  const can = (trigger: string) => o.allowedTriggers.includes(trigger);

  return (
    <>
      <PageHeader
        title={
          <span>
            <span data-testid="wo-number">{o.number}</span>{' '}
            <span data-testid="wo-detail-status" data-status={o.status}>
              <WorkOrderStatusTag status={o.status} />
            </span>
          </span>
        }
        extra={
          <>
            {can('Dispatch') && hasPermission(WorkOrderPermissions.Dispatch) && (
              <Button loading={dispatch.isPending} onClick={() => dispatch.mutate()}>
                {t('dispatch.dispatchToStation')}
              </Button>
            )}
            {assignableStatuses.includes(o.status) && hasPermission(WorkOrderPermissions.Assign) && (
              <Button type="primary" onClick={() => setAssigning(true)} data-testid="wo-assign">
                {o.assignedTechnicianId ? t('dispatch.reassign') : t('dispatch.assign')}
              </Button>
            )}
            {can('Close') && hasPermission(WorkOrderPermissions.Revisit) && (
              <Button loading={close.isPending} onClick={() => close.mutate()}>
                {t('workOrder.close')}
              </Button>
            )}
            {can('Cancel') && hasPermission(WorkOrderPermissions.Dispatch) && (
              <Button danger onClick={() => setCancelling(true)}>
                {t('workOrder.cancel')}
              </Button>
            )}
          </>
        }
      />
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={14}>
          <Card title={t('workOrder.details')} size="small">
            <Descriptions column={{ xs: 1, sm: 2 }} size="small" bordered>
              <Descriptions.Item label={t('workOrder.type')}>{t(`workOrder.types.${o.type}`)}</Descriptions.Item>
              <Descriptions.Item label={t('workOrder.priority')}>
                <PriorityTag priority={o.priority} />{' '}
                <Typography.Text type="secondary">
                  {t('workOrder.urgencyImpact', { urgency: t(`workOrder.urgencies.${o.urgency}`), impact: t(`workOrder.impacts.${o.impact}`) })}
                </Typography.Text>
              </Descriptions.Item>
              <Descriptions.Item label={t('workOrder.sla.label')}>
                <SlaCountdown sla={o.sla} status={o.status} now={now} />
              </Descriptions.Item>
              <Descriptions.Item label={t('workOrder.category')}>{o.categoryPath}</Descriptions.Item>
              <Descriptions.Item label={t('workOrder.household')}>
                {o.householdId ? <Link to={`/households/${o.householdId}`}>{o.householdName}</Link> : (o.contactName ?? '—')}
              </Descriptions.Item>
              <Descriptions.Item label={t('workOrder.phone')}>
                <span data-testid="wo-phone">{o.callerNumber ? formatPhone(o.callerNumber) : '—'}</span>
              </Descriptions.Item>
              <Descriptions.Item label={t('workOrder.address')} span={2}>{o.address ?? '—'}</Descriptions.Item>
              <Descriptions.Item label={t('workOrder.station')}>{o.stationName ?? '—'}</Descriptions.Item>
              <Descriptions.Item label={t('workOrder.technician')}>
                <span data-testid="wo-technician">{o.assignedTechnicianName ?? '—'}</span>
              </Descriptions.Item>
              <Descriptions.Item label={t('workOrder.symptom')} span={2}>{o.faultSymptom ?? '—'}</Descriptions.Item>
              <Descriptions.Item label={t('workOrder.reportedTemp')}>{o.reportedIndoorTempC != null ? `${o.reportedIndoorTempC} °C` : '—'}</Descriptions.Item>
              <Descriptions.Item label={t('workOrder.measuredTemp')}>
                <span data-testid="wo-measured-temp">{o.measuredIndoorTempC != null ? `${o.measuredIndoorTempC} °C` : '—'}</span>
              </Descriptions.Item>
              {o.description && <Descriptions.Item label={t('workOrder.description')} span={2}>{o.description}</Descriptions.Item>}
              <Descriptions.Item label={t('workOrder.resolutionNotes')} span={2}>
                <span data-testid="wo-resolution-notes">{o.resolutionNotes ?? '—'}</span>
              </Descriptions.Item>
              {o.cancelReason && <Descriptions.Item label={t('workOrder.cancelReason')} span={2}>{o.cancelReason}</Descriptions.Item>}
              <Descriptions.Item label={t('workOrder.creationTime')}>{formatDateTime(o.creationTime)}</Descriptions.Item>
              <Descriptions.Item label={t('workOrder.resolvedAt')}>{formatDateTime(o.resolvedAt) || '—'}</Descriptions.Item>
              {o.arrivalLatitude != null && o.arrivalLongitude != null && (
                <Descriptions.Item label={t('workOrder.arrivalPosition')} span={2}>
                  {o.arrivalLatitude.toFixed(5)}, {o.arrivalLongitude.toFixed(5)}
                </Descriptions.Item>
              )}
              {o.parentId && (
                <Descriptions.Item label={t('dispatch.massIncident')} span={2}>
                  <Link to={`/work-orders/${o.parentId}`}>{o.parentNumber}</Link>
                </Descriptions.Item>
              )}
            </Descriptions>
          </Card>
          {(o.photos.length > 0 || o.hasSignature || o.parts.length > 0) && (
            <Card title={t('workOrder.onSite')} size="small" style={{ marginTop: 16 }}>
              {o.photos.length > 0 && (
                <Image.PreviewGroup>
                  <Space wrap data-testid="wo-photos">
                    {o.photos.map((p) => (
                      <Image key={p.id} src={p.url} alt={p.fileName} width={96} height={96} style={{ objectFit: 'cover' }} />
                    ))}
                  </Space>
                </Image.PreviewGroup>
              )}
              {o.parts.length > 0 && (
                <ul data-testid="wo-parts">
                  {o.parts.map((p, i) => (
                    <li key={i}>
                      {p.name} × {p.quantity} {p.unit ?? ''}
                    </li>
                  ))}
                </ul>
              )}
              {o.hasSignature && (
                <div>
                  <Typography.Text type="secondary">{t('tech.signature')}</Typography.Text>
                  <div>
                    <img src={signatureUrl(o.id)} alt={t('tech.signature')} style={{ maxWidth: '100%', height: 90 }} data-testid="wo-signature" />
                  </div>
                </div>
              )}
            </Card>
          )}
          {o.children.length > 0 && (
            <Card title={t('dispatch.children', { count: o.children.length })} size="small" style={{ marginTop: 16 }}>
              <Table
                rowKey="id"
                size="small"
                pagination={false}
                dataSource={o.children}
                columns={[
                  { title: t('workOrder.number'), dataIndex: 'number', render: (n: string, c) => <Link to={`/work-orders/${c.id}`}>{n}</Link> },
                  { title: t('workOrder.status.label'), dataIndex: 'status', render: (s) => <WorkOrderStatusTag status={s} /> },
                  { title: t('workOrder.household'), dataIndex: 'householdName' },
                  { title: t('workOrder.address'), dataIndex: 'address' },
                ]}
              />
            </Card>
          )}
        </Col>
        <Col xs={24} lg={10}>
          <Card title={t('workOrder.history')} size="small">
            <Timeline
              items={[...o.transitions]
                .sort((a, b) => b.time.localeCompare(a.time))
                .map((x) => ({
                  key: x.id,
                  content: (
                    <div data-testid="wo-transition" data-to={x.to} data-trigger={x.trigger}>
                      <Typography.Text type="secondary">
                        {formatDateTime(x.time)} · <span data-testid="wo-transition-user">{actorName(x, t('audit.system'))}</span>
                      </Typography.Text>
                      <div>
                        {t(`workOrder.status.${x.from}`)} → {t(`workOrder.status.${x.to}`)}
                        {x.reason ? ` — ${x.reason}` : ''}
                      </div>
                    </div>
                  ),
                }))}
            />
          </Card>
          {o.escalations.length > 0 && (
            <Card title={t('workOrder.escalations')} size="small" style={{ marginTop: 16 }}>
              <Timeline
                items={o.escalations.map((e) => ({
                  key: e.id,
                  color: 'red',
                  content: (
                    <div>
                      <Typography.Text type="secondary">
                        {formatDateTime(e.time)} · {actorName(e, t('audit.system'))}
                      </Typography.Text>
                      <div>
                        {t(`audit.complaintLevels.${e.toLevel}`, { defaultValue: e.toLevel })} — {e.reason}
                      </div>
                    </div>
                  ),
                }))}
              />
            </Card>
          )}
        </Col>
      </Row>
      <AssignModal orders={assigning ? [{ ...o, childCount: o.children.length }] : []} onClose={() => setAssigning(false)} />
      <Modal
        open={cancelling}
        title={t('workOrder.cancelTitle', { number: o.number })}
        okButtonProps={{ danger: true, disabled: !reason.trim(), loading: cancel.isPending }}
        onOk={() => cancel.mutate()}
        onCancel={() => setCancelling(false)}
      >
        <Input.TextArea rows={3} maxLength={500} value={reason} onChange={(e) => setReason(e.target.value)} placeholder={t('workOrder.cancelReason')} />
      </Modal>
    </>
  );
}
