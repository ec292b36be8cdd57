import { ArrowLeftOutlined, CarOutlined, CheckOutlined, CloseOutlined, EnvironmentOutlined, PauseCircleOutlined, PhoneOutlined, PlayCircleOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { App, Button, Card, Descriptions, Input, Modal, Skeleton, Space, Tag, Timeline, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { errorMessage } from '../../api/client';
import { actorName, workOrderApi, type TechnicianQueueKind, type WorkOrder } from '../../api/workorders';
import PageHeader from '../../components/PageHeader';
import QueryError from '../../components/QueryError';
import type { QueuedFile } from '../../offline/types';
import { formatPhone } from '../../utils/phone';
import { formatDateTime } from '../../utils/time';
import SlaCountdown from '../workorders/SlaCountdown';
import { PriorityTag, WorkOrderStatusTag } from '../workorders/tags';
import { useNow } from '../workorders/useNow';
import OnSitePanel from './OnSitePanel';
import PendingActionsBar from './PendingActionsBar';
import ProgressNote from './ProgressNote';
import { currentPosition } from './geolocation';
import { nextStep, projectedStatus } from './projectedStatus';
import { useTechnicianQueue } from './useTechnicianQueue';
import './technician.css';
import { queryKeys } from '../../api/queryKeys';

export default function TechnicianJobPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const { message } = App.useApp();
  const now = useNow();
  const queue = useTechnicianQueue();
  const job = useQuery({ queryKey: queryKeys.workOrders.detail(id), queryFn: () => workOrderApi.get(id), refetchOnMount: 'always' });
  const [declineOpen, setDeclineOpen] = useState(false);
  const [declineReason, setDeclineReason] = useState('');
  const [locating, setLocating] = useState(false);
  const [pauseOpen, setPauseOpen] = useState(false);
  const [pauseReason, setPauseReason] = useState('');
  const [addedNotes, setAddedNotes] = useState<string[]>([]);

  if (job.isPending) return <Skeleton active />;
  if (job.isError) return <QueryError error={job.error} onRetry={() => void job.refetch()} />;
  const order: WorkOrder = job.data;
  const mine = queue.pending.filter((a) => a.workOrderId === id);
  const status = projectedStatus(order.status, mine.map((a) => a.kind));
  const step = nextStep(status);
  // Waiting for the customer (not at home, no access) stops the SLA clock; the last queued pause/resume wins.
  const lastPause = [...mine].reverse().find((a) => a.kind === 'PauseForCustomer' || a.kind === 'ResumeFromCustomer');
  const paused = lastPause ? lastPause.kind === 'PauseForCustomer' : order.sla.paused;
  const canPause = ['Accepted', 'EnRoute', 'OnSite'].includes(status);

  const act = async (kind: TechnicianQueueKind, body?: unknown, label?: string, file?: QueuedFile) => {
    try {
      await queue.submit({ workOrderId: id, kind, body, label, file });
    } catch (error) {
      message.error(errorMessage(error, t('common.requestFailed')));
    }
  };

  const arrive = async () => {
    setLocating(true);
    // Where the technician stood when they said "arrived"; without permission or a fix, they arrive anyway.
    const position = await currentPosition();
    setLocating(false);
    await act('Arrive', position ? { latitude: position.latitude, longitude: position.longitude } : {});
  };

  return (
    <div className="cc-tech">
      <PageHeader
        title={
          <span data-testid="tech-job-number">
            <Link to="/tech" aria-label={t('tech.myJobs')}>
              <ArrowLeftOutlined />
            </Link>{' '}
            {order.number}
          </span>
        }
      />
      <PendingActionsBar pending={queue.pending} online={queue.online} onRetry={queue.flush} />
      <Card size="small" style={{ marginBottom: 12 }}>
        <Space size={4} wrap style={{ marginBottom: 8 }}>
          <span data-testid="tech-job-status" data-status={status}>
            <WorkOrderStatusTag status={status} />
          </span>
          {status !== order.status && <Tag color="gold">{t('tech.waitingForNetwork')}</Tag>}
          <PriorityTag priority={order.priority} />
          <SlaCountdown sla={order.sla} status={order.status} now={now} />
        </Space>
        <Descriptions column={1} size="small">
          <Descriptions.Item label={t('workOrder.category')}>{order.categoryPath}</Descriptions.Item>
          <Descriptions.Item label={t('workOrder.symptom')}>{order.faultSymptom ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('workOrder.household')}>{order.householdName ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('workOrder.address')}>
            <EnvironmentOutlined /> {order.address ?? '—'}
          </Descriptions.Item>
          {order.callerNumber && (
            <Descriptions.Item label={t('workOrder.phone')}>
              <a href={`tel:${order.callerNumber}`}>
                <PhoneOutlined /> <span data-testid="tech-job-phone">{formatPhone(order.callerNumber)}</span>
              </a>
            </Descriptions.Item>
          )}
          {order.reportedIndoorTempC != null && (
            <Descriptions.Item label={t('workOrder.reportedTemp')}>{order.reportedIndoorTempC} °C</Descriptions.Item>
          )}
          {order.measuredIndoorTempC != null && (
            <Descriptions.Item label={t('workOrder.measuredTemp')}>
              <span data-testid="tech-job-temp">{order.measuredIndoorTempC} °C</span>
            </Descriptions.Item>
          )}
        </Descriptions>
      </Card>

      <div className="cc-tech-step" style={{ marginBottom: 12 }}>
        {step === 'acceptOrDecline' && (
          <Space.Compact block>
            <Button type="primary" block icon={<CheckOutlined />} onClick={() => void act('Accept')} data-testid="tech-accept">
              {t('tech.actions.Accept')}
            </Button>
            <Button block danger icon={<CloseOutlined />} onClick={() => setDeclineOpen(true)} data-testid="tech-decline">
              {t('tech.actions.Decline')}
            </Button>
          </Space.Compact>
        )}
        {step === 'enRoute' && (
          <Button type="primary" block icon={<CarOutlined />} onClick={() => void act('StartTravel')} data-testid="tech-en-route">
            {t('tech.actions.StartTravel')}
          </Button>
        )}
        {step === 'arrive' && (
          <Button
            type="primary"
            block
            icon={<EnvironmentOutlined />}
            loading={locating}
            onClick={() => void arrive()}
            data-testid="tech-arrive"
          >
            {t('tech.actions.Arrive')}
          </Button>
        )}
        {step === 'done' && status === 'Resolved' && (
          <Typography.Text type="success" data-testid="tech-job-done">
            {t('tech.jobResolved')}
          </Typography.Text>
        )}
      </div>

      {canPause && (
        <div style={{ marginBottom: 12 }}>
          {paused ? (
            <Button block icon={<PlayCircleOutlined />} onClick={() => void act('ResumeFromCustomer')} data-testid="tech-resume">
              {t('tech.actions.ResumeFromCustomer')}
            </Button>
          ) : (
            <Button block icon={<PauseCircleOutlined />} onClick={() => setPauseOpen(true)} data-testid="tech-pause">
              {t('tech.actions.PauseForCustomer')}
            </Button>
          )}
        </div>
      )}

      {canPause && <ProgressNote pending={mine} act={act} onAdded={(note) => setAddedNotes((list) => [...list, note])} />}
      {step === 'work' && <OnSitePanel order={order} pending={mine} act={act} addedNotes={addedNotes} />}

      <Card size="small" title={t('workOrder.history')}>
        <Timeline
          items={[...order.transitions]
            .sort((a, b) => b.time.localeCompare(a.time))
            .map((event) => ({
              key: event.id,
              content: (
                <div data-testid="tech-history-entry" data-to={event.to}>
                  <Typography.Text type="secondary">
                    {formatDateTime(event.time)} · {actorName(event, t('audit.system'))}
                  </Typography.Text>
                  <div>
                    {t(`workOrder.status.${event.to}`, { defaultValue: event.to })}
                    {event.reason ? ` — ${event.reason}` : ''}
                  </div>
                </div>
              ),
            }))}
        />
      </Card>

      <Modal
        open={pauseOpen}
        title={t('tech.pauseTitle')}
        okButtonProps={{ disabled: !pauseReason.trim() }}
        onCancel={() => setPauseOpen(false)}
        onOk={() => {
          setPauseOpen(false);
          void act('PauseForCustomer', { reason: pauseReason.trim() }, pauseReason.trim());
          setPauseReason('');
        }}
      >
        <Input.TextArea rows={3} value={pauseReason} onChange={(e) => setPauseReason(e.target.value)} placeholder={t('tech.pauseReason')} maxLength={500} />
      </Modal>
      <Modal
        open={declineOpen}
        title={t('tech.declineTitle')}
        okText={t('tech.actions.Decline')}
        okButtonProps={{ danger: true, disabled: !declineReason.trim(), 'data-testid': 'tech-decline-confirm' } as never}
        onCancel={() => setDeclineOpen(false)}
        onOk={() => {
          setDeclineOpen(false);
          void act('Decline', { reason: declineReason.trim() });
          setDeclineReason('');
        }}
      >
        <Input.TextArea
          rows={3}
          value={declineReason}
          onChange={(e) => setDeclineReason(e.target.value)}
          placeholder={t('tech.declineReason')}
          maxLength={500}
        />
      </Modal>
    </div>
  );
}
