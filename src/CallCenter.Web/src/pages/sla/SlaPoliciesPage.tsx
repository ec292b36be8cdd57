import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Form, InputNumber, Modal, Select, Switch, Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { slaPolicyApi, type SlaPolicy, type SlaPolicyInput } from '../../api/calendar';
import { errorMessage } from '../../api/client';
import { dispositionApi } from '../../api/contacts';
import { workOrderPriorities, WorkOrderPermissions, workOrderTypes } from '../../api/workorders';
import { useAuth } from '../../auth/AuthContext';
import PageHeader from '../../components/PageHeader';
import QueryError from '../../components/QueryError';
import { applyServerErrors } from '../../utils/formErrors';
import { queryKeys } from '../../api/queryKeys';

/** "4 小时" / "1 天 2 小时" / "90 分钟": minutes as people say them. */
function useDuration() {
  const { t } = useTranslation();
  return (minutes: number) => {
    const days = Math.floor(minutes / 1440);
    const hours = Math.floor((minutes % 1440) / 60);
    const rest = minutes % 60;
    const parts = [days && t('sla.days', { count: days }), hours && t('sla.hours', { count: hours }), rest && t('sla.minutes', { count: rest })];
    return parts.filter(Boolean).join(' ') || t('sla.minutes', { count: 0 });
  };
}

/**
 * SLA policies (服务时限): response and resolution time per work-order type, priority and optionally category.
 * The most specific policy wins when an order starts its clock; business time unless round the clock.
 */
export default function SlaPoliciesPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { hasPermission } = useAuth();
  const canEdit = hasPermission(WorkOrderPermissions.ManageSla);
  const queryClient = useQueryClient();
  const duration = useDuration();
  const [form] = Form.useForm<SlaPolicyInput>();
  const [editing, setEditing] = useState<SlaPolicy | 'new' | null>(null);
  const policies = useQuery({ queryKey: queryKeys.slaPolicies.all, queryFn: slaPolicyApi.list });
  const categories = useQuery({ queryKey: queryKeys.dispositions.active, queryFn: () => dispositionApi.tree(false), staleTime: 5 * 60_000 });

  const open = (p: SlaPolicy | 'new') => {
    setEditing(p);
    form.resetFields();
    form.setFieldsValue(
      p === 'new'
        ? { type: 'Repair', priority: 'Normal', categoryId: null, responseMinutes: 240, resolutionMinutes: 960, roundTheClock: false, warningPercent: 80 }
        : { ...p },
    );
  };

  const save = useMutation({
    mutationFn: (v: SlaPolicyInput) => {
      const input = { ...v, categoryId: v.categoryId ?? null };
      return editing && editing !== 'new' ? slaPolicyApi.update(editing.id, input) : slaPolicyApi.create(input);
    },
    onSuccess: async () => {
      message.success(t('common.saved'));
      setEditing(null);
      await queryClient.invalidateQueries({ queryKey: queryKeys.slaPolicies.all });
    },
    onError: (error) => {
      const unmatched = applyServerErrors(form, error);
      message.error([errorMessage(error, t('common.requestFailed')), ...unmatched].join(' '));
    },
  });

  const columns: ColumnsType<SlaPolicy> = [
    { title: t('workOrder.type'), dataIndex: 'type', render: (v: SlaPolicy['type']) => t(`workOrder.types.${v}`) },
    { title: t('sla.category'), dataIndex: 'categoryPath', render: (v: string | null) => v ?? <Tag>{t('sla.allCategories')}</Tag> },
    { title: t('workOrder.priority'), dataIndex: 'priority', render: (v: SlaPolicy['priority']) => t(`workOrder.priorities.${v}`) },
    { title: t('sla.response'), dataIndex: 'responseMinutes', render: duration },
    { title: t('sla.resolution'), dataIndex: 'resolutionMinutes', render: duration },
    {
      title: t('sla.clock'),
      dataIndex: 'roundTheClock',
      render: (v: boolean) => (v ? <Tag color="volcano">{t('sla.roundTheClock')}</Tag> : <Tag>{t('sla.businessHours')}</Tag>),
    },
    { title: t('sla.warningPercent'), dataIndex: 'warningPercent', render: (v: number) => `${v}%` },
    ...(canEdit
      ? [
          {
            title: t('common.actions'),
            key: 'actions',
            render: (_: unknown, p: SlaPolicy) => (
              <Button size="small" icon={<EditOutlined />} onClick={() => open(p)} data-testid="sla-edit" aria-label={t('common.edit')} />
            ),
          },
        ]
      : []),
  ];

  return (
    <>
      <PageHeader
        title={t('sla.title')}
        testId="sla-title"
        extra={
          canEdit && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => open('new')} data-testid="sla-add">
              {t('sla.add')}
            </Button>
          )
        }
      />
      {policies.isError && <QueryError error={policies.error} onRetry={() => void policies.refetch()} />}
      <Table<SlaPolicy>
        rowKey="id"
        size="small"
        loading={policies.isPending}
        dataSource={policies.data ?? []}
        columns={columns}
        pagination={false}
        scroll={{ x: 720 }}
        data-testid="sla-table"
      />
      <Modal
        open={editing !== null}
        title={editing === 'new' ? t('sla.add') : t('sla.edit')}
        onCancel={() => setEditing(null)}
        onOk={() => form.submit()}
        confirmLoading={save.isPending}
        okText={t('common.save')}
        destroyOnHidden
      >
        <Form form={form} layout="vertical" onFinish={(v) => save.mutate(v)} data-testid="sla-form">
          <Form.Item name="type" label={t('workOrder.type')} rules={[{ required: true }]}>
            <Select options={workOrderTypes.map((x) => ({ value: x, label: t(`workOrder.types.${x}`) }))} />
          </Form.Item>
          <Form.Item name="categoryId" label={t('sla.category')} tooltip={t('sla.categoryHint')}>
            <Select
              allowClear
              showSearch
              optionFilterProp="label"
              placeholder={t('sla.allCategories')}
              loading={categories.isPending}
              options={(categories.data ?? []).map((c) => ({ value: c.id, label: c.path }))}
            />
          </Form.Item>
          <Form.Item name="priority" label={t('workOrder.priority')} rules={[{ required: true }]}>
            <Select options={workOrderPriorities.map((p) => ({ value: p, label: t(`workOrder.priorities.${p}`) }))} />
          </Form.Item>
          <Form.Item name="responseMinutes" label={t('sla.responseMinutes')} rules={[{ required: true }]}>
            <InputNumber min={1} max={60 * 24 * 30} style={{ width: '100%' }} data-testid="sla-response" />
          </Form.Item>
          <Form.Item name="resolutionMinutes" label={t('sla.resolutionMinutes')} rules={[{ required: true }]}>
            <InputNumber min={1} max={60 * 24 * 90} style={{ width: '100%' }} data-testid="sla-resolution" />
          </Form.Item>
          <Form.Item name="warningPercent" label={t('sla.warningPercent')} rules={[{ required: true }]}>
            <InputNumber min={1} max={99} suffix="%" style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="roundTheClock" label={t('sla.roundTheClock')} valuePropName="checked" tooltip={t('sla.roundTheClockHint')}>
            <Switch />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
