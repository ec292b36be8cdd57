import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Col, Form, Input, InputNumber, Radio, Row, Select, Space, Switch, TreeSelect, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { errorMessage } from '../../api/client';
import { contactApi, contactChannels, dispositionApi, type Contact, type ContactChannel } from '../../api/contacts';
import { impacts, urgencies, WorkOrderPermissions, workOrderApi, workOrderTypes, type Impact, type Urgency, type WorkOrderType } from '../../api/workorders';
import { useAuth } from '../../auth/AuthContext';
import { applyServerErrors } from '../../utils/formErrors';
import { formatDateTime } from '../../utils/time';
import { buildDispositionTree, type DispositionTreeNode } from '../dispositions/dispositionTree';
import KnowledgeSuggestionPanel from '../knowledge/KnowledgeSuggestionPanel';
import { KnowledgePermissions } from '../../api/knowledge';
import { queryKeys } from '../../api/queryKeys';

interface Values {
  channel: ContactChannel;
  categoryId?: string;
  notes?: string;
  resolvedOnFirstContact: boolean;
  /** Wrap-up only: the agent found the call hard and takes the recovery pause before Ready. */
  difficult?: boolean;
  openWorkOrder: boolean;
  workOrder: {
    type: WorkOrderType;
    faultSymptom?: string;
    reportedIndoorTempC?: number | null;
    urgency?: Urgency;
    impact: Impact;
    description?: string;
    parentWorkOrderId?: string | null;
  };
}

const initialValues: Values = {
  channel: 'Phone',
  resolvedOnFirstContact: false,
  openWorkOrder: false,
  workOrder: { type: 'Repair', impact: 'Household', parentWorkOrderId: null },
};

/** The call a contact is recorded for (the agent desktop's wrap-up): its record id and the number that called. */
export interface ContactCall {
  id: string;
  callerNumber: string;
}

/** Wrap-up on the agent desktop: saving is allowed once the call ended, and the desk is told what was saved. */
export interface ContactWrapUp {
  canSave: boolean;
  onSaved: (contact: Contact, extra: { difficult: boolean; resolvedOnFirstContact: boolean }) => Promise<void> | void;
}

/**
 * The agent's one form on the household page and in the desktop's wrap-up: record the contact (服务请求) and, in the
 * same submit, open its work order. A category such as 报修/不热 switches the work-order part on; the symptom is asked
 * before dispatch. With a call, the contact is filed under it (call id, caller number, channel phone); without a known
 * household no work order can be opened.
 */
export default function ContactForm({ householdId, call, wrapUp }: { householdId?: string | null; call?: ContactCall; wrapUp?: ContactWrapUp }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { hasPermission } = useAuth();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<Values>();
  const canOpenOrder = hasPermission(WorkOrderPermissions.Create) && !!householdId;
  const dispositions = useQuery({ queryKey: queryKeys.dispositions.active, queryFn: () => dispositionApi.tree(false), staleTime: 5 * 60_000 });
  const tree = useMemo(() => buildDispositionTree(dispositions.data ?? []), [dispositions.data]);
  const categoryId = Form.useWatch('categoryId', form);
  const openWorkOrder = Form.useWatch('openWorkOrder', form);
  const type = Form.useWatch(['workOrder', 'type'], form);
  const notes = Form.useWatch('notes', form) as string | undefined;
  const category = dispositions.data?.find((n) => n.id === categoryId);
  // Articles for the chosen category and what the agent types: the answer is often one click away. Disposition codes
  // are not knowledge-category codes, so the category's name joins the words (a shared code would also narrow it).
  const suggestionText = [category?.name, notes?.trim()].filter(Boolean).join(' ');
  const showSuggestions = hasPermission(KnowledgePermissions.Default) && suggestionText.length > 0;

  const candidates = useQuery({
    queryKey: queryKeys.workOrders.massIncidentCandidates(householdId ?? '', categoryId),
    queryFn: () => workOrderApi.candidates(categoryId!, householdId!),
    enabled: !!categoryId && !!openWorkOrder && canOpenOrder,
  });

  const onCategory = (id?: string) => {
    const node = dispositions.data?.find((n) => n.id === id);
    if (node?.opensWorkOrderType && canOpenOrder) {
      form.setFieldsValue({
        openWorkOrder: true,
        workOrder: { ...form.getFieldValue('workOrder'), type: node.opensWorkOrderType, urgency: node.defaultUrgency ?? undefined },
      });
    }
  };

  const create = useMutation({
    mutationFn: (v: Values) =>
      contactApi.create({
        channel: call ? 'Phone' : v.channel,
        householdId: householdId ?? null,
        callerNumber: call?.callerNumber ?? null,
        callId: call?.id ?? null,
        categoryId: v.categoryId!,
        notes: v.notes?.trim() || null,
        resolvedOnFirstContact: v.resolvedOnFirstContact,
        workOrder: v.openWorkOrder
          ? {
              ...v.workOrder,
              categoryId: v.categoryId!,
              householdId: householdId!,
              faultSymptom: v.workOrder.faultSymptom?.trim() || null,
              description: v.workOrder.description?.trim() || null,
              urgency: v.workOrder.urgency ?? null,
              parentWorkOrderId: v.workOrder.parentWorkOrderId ?? null,
              autoDispatch: true,
            }
          : null,
      }),
    onSuccess: async (contact, v) => {
      message.success(
        contact.workOrderNumber
          ? t('contact.savedWithOrder', { number: contact.number, order: contact.workOrderNumber })
          : t('contact.saved', { number: contact.number }),
      );
      form.resetFields();
      if (wrapUp) await wrapUp.onSaved(contact, { difficult: !!v.difficult, resolvedOnFirstContact: v.resolvedOnFirstContact });
      if (householdId) await queryClient.invalidateQueries({ queryKey: queryKeys.contacts.byHousehold(householdId) });
      await queryClient.invalidateQueries({ queryKey: queryKeys.workOrders.all });
    },
    onError: (error) => {
      const unmatched = applyServerErrors(form, error);
      message.error([errorMessage(error, t('common.requestFailed')), ...unmatched].join(' '));
    },
  });

  const toSelect = (list: DispositionTreeNode[]): object[] =>
    list.map((n) => ({
      value: n.key,
      title: n.node.name,
      // Only a leaf is a precise enough category to file under.
      selectable: n.children.length === 0,
      children: toSelect(n.children),
    }));

  return (
    <Card title={t('contact.title')} size="small" data-testid="contact-card">
      <Form form={form} layout="vertical" initialValues={initialValues} onFinish={(v) => create.mutate(v)} data-testid="contact-form">
        <Row gutter={12}>
          <Col xs={24} sm={8}>
            <Form.Item name="channel" label={t('contact.channel')} rules={[{ required: true }]}>
              <Select
                disabled={!!call}
                options={contactChannels.map((c) => ({ value: c, label: t(`contact.channels.${c}`) }))}
                data-testid="contact-channel"
              />
            </Form.Item>
          </Col>
          <Col xs={24} sm={16}>
            <Form.Item name="categoryId" label={t('contact.category')} rules={[{ required: true, message: t('contact.categoryRequired') }]}>
              <TreeSelect
                showSearch
                treeNodeFilterProp="title"
                treeDefaultExpandAll
                treeData={toSelect(tree) as never}
                loading={dispositions.isPending}
                onChange={onCategory}
                data-testid="contact-category"
              />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="notes" label={t('contact.notes')} rules={[{ max: 2000 }]}>
          <Input.TextArea rows={2} data-testid="contact-notes" />
        </Form.Item>
        {showSuggestions && (
          <div style={{ marginBottom: 16 }}>
            <KnowledgeSuggestionPanel text={suggestionText} categoryCode={category?.code} take={3} />
          </div>
        )}
        <Space size={24} wrap>
          <Form.Item name="resolvedOnFirstContact" label={t('contact.resolvedOnFirstContact')} valuePropName="checked">
            <Switch data-testid="contact-fcr" />
          </Form.Item>
          {wrapUp && (
            <Form.Item name="difficult" label={t('contact.difficult')} valuePropName="checked" tooltip={t('contact.difficultHint')}>
              <Switch data-testid="contact-difficult" />
            </Form.Item>
          )}
          {canOpenOrder && (
            <Form.Item name="openWorkOrder" label={t('contact.openWorkOrder')} valuePropName="checked">
              <Switch data-testid="contact-open-order" />
            </Form.Item>
          )}
        </Space>
        {openWorkOrder && (
          <div className="cc-contact-order" data-testid="contact-order-fields">
            <Row gutter={12}>
              <Col xs={12} sm={6}>
                <Form.Item name={['workOrder', 'type']} label={t('workOrder.type')}>
                  <Select options={workOrderTypes.map((x) => ({ value: x, label: t(`workOrder.types.${x}`) }))} />
                </Form.Item>
              </Col>
              <Col xs={12} sm={6}>
                <Form.Item name={['workOrder', 'reportedIndoorTempC']} label={t('workOrder.reportedTemp')}>
                  <InputNumber min={-40} max={45} step={0.5} suffix="°C" style={{ width: '100%' }} data-testid="contact-temp" />
                </Form.Item>
              </Col>
              <Col xs={12} sm={6}>
                <Form.Item name={['workOrder', 'urgency']} label={t('workOrder.urgency')} tooltip={t('contact.urgencyHint')}>
                  <Select allowClear placeholder={t('contact.auto')} options={urgencies.map((u) => ({ value: u, label: t(`workOrder.urgencies.${u}`) }))} />
                </Form.Item>
              </Col>
              <Col xs={12} sm={6}>
                <Form.Item name={['workOrder', 'impact']} label={t('workOrder.impact')}>
                  <Select options={impacts.map((i) => ({ value: i, label: t(`workOrder.impacts.${i}`) }))} />
                </Form.Item>
              </Col>
            </Row>
            <Form.Item
              name={['workOrder', 'faultSymptom']}
              label={t('workOrder.symptom')}
              rules={[{ required: type === 'Repair', whitespace: true, message: t('contact.symptomRequired') }, { max: 500 }]}
            >
              <Input.TextArea rows={2} placeholder={t('contact.symptomPlaceholder')} data-testid="contact-symptom" />
            </Form.Item>
            <Form.Item name={['workOrder', 'description']} label={t('workOrder.description')} rules={[{ max: 2000 }]}>
              <Input.TextArea rows={2} />
            </Form.Item>
            {(candidates.data?.length ?? 0) > 0 && (
              <Form.Item name={['workOrder', 'parentWorkOrderId']} label={t('contact.massIncidentOffer')}>
                <Radio.Group data-testid="contact-parent">
                  <Space orientation="vertical">
                    <Radio value={null}>{t('contact.newIndependentOrder')}</Radio>
                    {candidates.data!.map((c) => (
                      <Radio key={c.id} value={c.id}>
                        <Link to={`/work-orders/${c.id}`} target="_blank">
                          {c.number}
                        </Link>{' '}
                        {c.categoryPath} · {c.address ?? c.stationName} ·{' '}
                        <Typography.Text type="secondary">
                          {formatDateTime(c.creationTime)}
                          {c.childCount > 0 ? ` · ${t('dispatch.parentOf', { count: c.childCount })}` : ''}
                          {c.sameBuilding ? ` · ${t('contact.sameBuilding')}` : ''}
                        </Typography.Text>
                      </Radio>
                    ))}
                  </Space>
                </Radio.Group>
              </Form.Item>
            )}
          </div>
        )}
        <Space wrap>
          <Button type="primary" htmlType="submit" loading={create.isPending} disabled={wrapUp && !wrapUp.canSave} data-testid="contact-submit">
            {wrapUp ? t('contact.saveAndFinish') : openWorkOrder ? t('contact.saveWithOrder') : t('contact.save')}
          </Button>
          {wrapUp && !wrapUp.canSave && <Typography.Text type="secondary">{t('contact.saveAfterCall')}</Typography.Text>}
        </Space>
      </Form>
    </Card>
  );
}
