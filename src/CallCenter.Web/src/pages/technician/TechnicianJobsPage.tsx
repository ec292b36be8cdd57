import { EnvironmentOutlined, PhoneOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Card, Empty, Segmented, Skeleton, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { openStatuses, technicianApi, type WorkOrderListItem } from '../../api/workorders';
import PageHeader from '../../components/PageHeader';
import QueryError from '../../components/QueryError';
import SlaCountdown from '../workorders/SlaCountdown';
import { PriorityTag, WorkOrderStatusTag } from '../workorders/tags';
import { useNow } from '../workorders/useNow';
import PendingActionsBar from './PendingActionsBar';
import { projectedStatus } from './projectedStatus';
import { useTechnicianQueue } from './useTechnicianQueue';
import './technician.css';
import { queryKeys } from '../../api/queryKeys';

/** The technician's phone home: their jobs, most urgent first, with what still waits for the network. */
export default function TechnicianJobsPage() {
  const { t } = useTranslation();
  const now = useNow();
  const queue = useTechnicianQueue();
  const [show, setShow] = useState<'open' | 'all'>('open');
  // Refetched every minute: a dispatcher may hand over a job while the technician has the list open.
  const jobs = useQuery({ queryKey: queryKeys.myJobs.list(show), queryFn: () => technicianApi.mine(show === 'all'), refetchOnMount: 'always', refetchInterval: 60_000 });

  const pendingKinds = (id: string) => queue.pending.filter((a) => a.workOrderId === id).map((a) => a.kind);
  const items = (jobs.data?.items ?? [])
    .map((job) => ({ ...job, status: projectedStatus(job.status, pendingKinds(job.id)) }))
    .filter((job) => show === 'all' || openStatuses.includes(job.status));

  return (
    <div className="cc-tech">
      <PageHeader title={t('tech.myJobs')} testId="tech-title" />
      <PendingActionsBar pending={queue.pending} online={queue.online} onRetry={queue.flush} />
      <Segmented
        block
        value={show}
        onChange={(v) => setShow(v as 'open' | 'all')}
        options={[
          { value: 'open', label: t('tech.open') },
          { value: 'all', label: t('tech.all') },
        ]}
        style={{ marginBottom: 12 }}
      />
      {jobs.isPending && <Skeleton active />}
      {jobs.isError && <QueryError error={jobs.error} onRetry={() => void jobs.refetch()} />}
      {jobs.data && items.length === 0 && <Empty description={t('tech.noJobs')} />}
      <Space orientation="vertical" size={12} style={{ width: '100%' }} data-testid="tech-jobs">
        {items.map((job) => (
          <JobCard key={job.id} job={job} now={now} />
        ))}
      </Space>
    </div>
  );
}

function JobCard({ job, now }: { job: WorkOrderListItem; now: Date }) {
  const { t } = useTranslation();
  return (
    <Link to={`/tech/jobs/${job.id}`} data-testid="tech-job-card" data-number={job.number}>
      <Card size="small" hoverable>
        <div className="cc-tech-card-head">
          <Typography.Text strong>{job.number}</Typography.Text>
          <SlaCountdown sla={job.sla} status={job.status} now={now} />
        </div>
        <Space size={4} wrap style={{ margin: '6px 0' }}>
          <WorkOrderStatusTag status={job.status} />
          <PriorityTag priority={job.priority} />
          <Typography.Text type="secondary">{job.categoryPath}</Typography.Text>
        </Space>
        {job.faultSymptom && <div className="cc-tech-symptom">{job.faultSymptom}</div>}
        <Typography.Text type="secondary" className="cc-tech-line">
          <EnvironmentOutlined /> {job.address || t('tech.noAddress')}
        </Typography.Text>
        {job.householdName && (
          <Typography.Text type="secondary" className="cc-tech-line">
            <PhoneOutlined /> {job.householdName}
          </Typography.Text>
        )}
      </Card>
    </Link>
  );
}
