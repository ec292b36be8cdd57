import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Input, Modal, Progress, Radio, Space, Spin, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../api/client';
import { workOrderApi, type BulkAssignResult, type WorkOrderListItem } from '../../api/workorders';
import { queryKeys } from '../../api/queryKeys';

/**
 * Assign, reassign or bulk-assign: the station's technicians with their open workload, fewest open jobs first,
 * so the dispatcher spreads the work without a second screen.
 */
export default function AssignModal({ orders, onClose }: { orders: WorkOrderListItem[]; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [technicianId, setTechnicianId] = useState<string>();
  const [note, setNote] = useState('');
  const [failures, setFailures] = useState<BulkAssignResult['failed']>([]);
  const stationIds = [...new Set(orders.map((o) => o.stationId).filter(Boolean))] as string[];
  const stationId = stationIds.length === 1 ? stationIds[0] : undefined;
  const technicians = useQuery({
    queryKey: queryKeys.technicians.byStation(stationId),
    queryFn: () => workOrderApi.technicians(stationId),
    enabled: orders.length > 0,
  });
  const maxOpen = Math.max(1, ...(technicians.data ?? []).map((x) => x.openJobs));
  const sorted = [...(technicians.data ?? [])].sort((a, b) => a.openJobs - b.openJobs || a.displayName.localeCompare(b.displayName));

  const assign = useMutation({
    mutationFn: async () => {
      if (orders.length === 1) {
        await workOrderApi.assign(orders[0].id, technicianId!, note.trim() || undefined);
        return { assigned: [orders[0].id], failed: [] } as BulkAssignResult;
      }
      return workOrderApi.bulkAssign(orders.map((o) => o.id), technicianId!);
    },
    onSuccess: async (result) => {
      await queryClient.invalidateQueries({ queryKey: queryKeys.workOrders.all });
      await queryClient.invalidateQueries({ queryKey: queryKeys.technicians.all });
      for (const id of result.assigned) void queryClient.invalidateQueries({ queryKey: queryKeys.workOrders.detail(id) });
      if (result.failed.length > 0) {
        setFailures(result.failed);
        message.warning(t('dispatch.assignedSome', { assigned: result.assigned.length, failed: result.failed.length }));
        return;
      }
      message.success(t('dispatch.assigned', { count: result.assigned.length }));
      close();
    },
    onError: (error) => message.error(errorMessage(error, t('common.requestFailed'))),
  });

  const close = () => {
    setTechnicianId(undefined);
    setNote('');
    setFailures([]);
    onClose();
  };
  const numberOf = (id: string) => orders.find((o) => o.id === id)?.number ?? id;
  const reassigning = orders.some((o) => o.assignedTechnicianId);

  return (
    <Modal
      open={orders.length > 0}
      title={
        orders.length === 1
          ? t(reassigning ? 'dispatch.reassignTitle' : 'dispatch.assignTitle', { number: orders[0].number })
          : t('dispatch.bulkAssignTitle', { count: orders.length })
      }
      okText={t('dispatch.assign')}
      okButtonProps={{ disabled: !technicianId, loading: assign.isPending, 'data-testid': 'assign-confirm' } as never}
      onOk={() => assign.mutate()}
      onCancel={close}
      destroyOnHidden
    >
      {failures.length > 0 && (
        <Alert
          type="warning"
          style={{ marginBottom: 12 }}
          title={failures.map((f) => `${numberOf(f.workOrderId)}: ${f.message}`).join('; ')}
        />
      )}
      {technicians.isPending && <Spin />}
      {technicians.data && technicians.data.length === 0 && <Typography.Text type="secondary">{t('dispatch.noTechnicians')}</Typography.Text>}
      <Radio.Group value={technicianId} onChange={(e) => setTechnicianId(e.target.value)} style={{ width: '100%' }}>
        <Space orientation="vertical" style={{ width: '100%' }}>
          {sorted.map((tech) => (
            <Radio key={tech.userId} value={tech.userId} style={{ width: '100%' }}>
              <div style={{ display: 'flex', gap: 8, alignItems: 'center', minWidth: 0 }} data-testid="assign-technician" data-username={tech.userName}>
                <span style={{ minWidth: 80 }}>{tech.displayName}</span>
                {!stationId && <Typography.Text type="secondary">{tech.stationName}</Typography.Text>}
                <Progress
                  percent={(tech.openJobs / maxOpen) * 100}
                  showInfo={false}
                  size="small"
                  style={{ width: 80, margin: 0 }}
                  strokeColor={tech.openJobs >= 5 ? '#fa541c' : undefined}
                />
                <Typography.Text type="secondary" data-testid="assign-workload">
                  {t('dispatch.workload', { open: tech.openJobs, accepted: tech.acceptedJobs })}
                </Typography.Text>
              </div>
            </Radio>
          ))}
        </Space>
      </Radio.Group>
      {orders.length === 1 && (
        <Input.TextArea
          style={{ marginTop: 12 }}
          rows={2}
          maxLength={500}
          placeholder={t('dispatch.note')}
          value={note}
          onChange={(e) => setNote(e.target.value)}
        />
      )}
    </Modal>
  );
}
