import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Col, Form, Input, InputNumber, Modal, Row, Select, Space, Switch } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { acdApi, overflowKinds, routingStrategies, type AcdQueue, type AcdQueueInput } from '../../api/acd';
import { errorMessage } from '../../api/client';
import { queryKeys } from '../../api/queryKeys';
import { applyServerErrors } from '../../utils/formErrors';

const defaults: AcdQueueInput = {
  name: '',
  skill: '',
  minLevel: 1,
  strategy: 'LongestIdle',
  tiers: [],
  ringTimeoutSeconds: 15,
  wrapUpSeconds: 30,
  maxWaitSeconds: 0,
  overflowKind: 'None',
  overflowTarget: null,
  joinWhenEmpty: true,
  announceEverySeconds: 30,
  useBusinessHours: false,
  callbackEnabled: false,
};

/** Every field of a queue; the server checks them again and its errors land on the fields (CallCenter:Acd:0nn). */
export default function AcdQueueFormModal({
  queue,
  queues,
  onClose,
}: {
  queue: AcdQueue | 'new' | null;
  queues: AcdQueue[];
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<AcdQueueInput>();
  const strategy = Form.useWatch('strategy', form);
  const overflowKind = Form.useWatch('overflowKind', form);

  useEffect(() => {
    if (queue === null) return;
    form.resetFields();
    form.setFieldsValue(queue === 'new' ? defaults : { ...queue });
  }, [queue, form]);

  const save = useMutation({
    mutationFn: (v: AcdQueueInput) => {
      const input: AcdQueueInput = {
        ...v,
        tiers: v.strategy === 'SkillTopDown' ? (v.tiers ?? []) : [],
        overflowTarget: v.overflowKind === 'Queue' || v.overflowKind === 'Number' ? (v.overflowTarget ?? null) : null,
      };
      return queue && queue !== 'new' ? acdApi.updateQueue(queue.id, input) : acdApi.createQueue(input);
    },
    onSuccess: async () => {
      message.success(t('common.saved'));
      onClose();
      await queryClient.invalidateQueries({ queryKey: queryKeys.acd.queues });
    },
    onError: (error) => {
      const unmatched = applyServerErrors(form, error);
      message.error([errorMessage(error, t('common.requestFailed')), ...unmatched].join(' '));
    },
  });

  const otherQueues = queues.filter((q) => queue === 'new' || q.id !== queue?.id);
  const secondsField = (name: keyof AcdQueueInput, label: string, min: number, max: number, hint?: string) => (
    <Form.Item name={name} label={label} rules={[{ required: true }]} tooltip={hint}>
      <InputNumber min={min} max={max} addonAfter={t('acd.seconds')} style={{ width: '100%' }} data-testid={`acd-queue-${name}`} />
    </Form.Item>
  );

  return (
    <Modal
      open={queue !== null}
      title={queue === 'new' ? t('acd.add') : t('acd.edit')}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={save.isPending}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      width={720}
      forceRender
    >
      <Form form={form} layout="vertical" onFinish={(v) => save.mutate(v)} data-testid="acd-queue-form">
        <Row gutter={16}>
          <Col span={12}>
            <Form.Item name="name" label={t('acd.name')} rules={[{ required: true, max: 64 }]}>
              <Input data-testid="acd-queue-name" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="strategy" label={t('acd.strategy')} rules={[{ required: true }]} tooltip={t('acd.strategyHint')}>
              <Select
                data-testid="acd-queue-strategy"
                options={routingStrategies.map((s) => ({ value: s, label: t(`acd.strategies.${s}`) }))}
              />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="skill" label={t('acd.requiredSkill')} rules={[{ required: true, max: 32 }]}>
              <Input data-testid="acd-queue-skill" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="minLevel" label={t('acd.minLevel')} rules={[{ required: true }]}>
              <InputNumber min={1} max={10} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
        {strategy === 'SkillTopDown' && (
          <Form.Item label={t('acd.tiers')} tooltip={t('acd.tiersHint')}>
            <Form.List name="tiers">
              {(fields, { add, remove }) => (
                <>
                  {fields.map((field) => (
                    <Space key={field.key} align="baseline">
                      <Form.Item name={[field.name, 'afterSeconds']} rules={[{ required: true }]}>
                        <InputNumber min={0} max={3600} addonBefore={t('acd.tierAfter')} addonAfter={t('acd.seconds')} />
                      </Form.Item>
                      <Form.Item name={[field.name, 'minLevel']} rules={[{ required: true }]}>
                        <InputNumber min={1} max={10} addonBefore={t('acd.tierMinLevel')} />
                      </Form.Item>
                      <MinusCircleOutlined onClick={() => remove(field.name)} aria-label={t('common.delete')} />
                    </Space>
                  ))}
                  <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ afterSeconds: 0, minLevel: 5 })}>
                    {t('acd.addTier')}
                  </Button>
                </>
              )}
            </Form.List>
          </Form.Item>
        )}
        <Row gutter={16}>
          <Col span={8}>{secondsField('ringTimeoutSeconds', t('acd.ringTimeout'), 5, 120, t('acd.ringTimeoutHint'))}</Col>
          <Col span={8}>{secondsField('wrapUpSeconds', t('acd.wrapUp'), 0, 600, t('acd.wrapUpHint'))}</Col>
          <Col span={8}>{secondsField('announceEverySeconds', t('acd.announceEverySeconds'), 0, 600, t('acd.zeroIsNone'))}</Col>
          <Col span={8}>{secondsField('maxWaitSeconds', t('acd.maxWait'), 0, 7200, t('acd.zeroIsNoLimit'))}</Col>
          <Col span={8}>
            <Form.Item name="overflowKind" label={t('acd.overflowKind')} rules={[{ required: true }]} tooltip={t('acd.overflowHint')}>
              <Select
                data-testid="acd-queue-overflow-kind"
                options={overflowKinds.map((k) => ({ value: k, label: t(`acd.overflowKinds.${k}`) }))}
              />
            </Form.Item>
          </Col>
          <Col span={8}>
            {overflowKind === 'Queue' && (
              <Form.Item name="overflowTarget" label={t('acd.overflowQueue')} rules={[{ required: true }]}>
                <Select options={otherQueues.map((q) => ({ value: q.id, label: q.name }))} data-testid="acd-queue-overflow-queue" />
              </Form.Item>
            )}
            {overflowKind === 'Number' && (
              <Form.Item name="overflowTarget" label={t('acd.overflowNumber')} rules={[{ required: true, max: 64 }]}>
                <Input placeholder="04518600xxxx" />
              </Form.Item>
            )}
          </Col>
        </Row>
        <Space size="large" wrap>
          <Form.Item name="callbackEnabled" label={t('acd.callbackEnabled')} valuePropName="checked" tooltip={t('acd.callbackHint')}>
            <Switch />
          </Form.Item>
          <Form.Item name="joinWhenEmpty" label={t('acd.joinWhenEmpty')} valuePropName="checked" tooltip={t('acd.joinWhenEmptyHint')}>
            <Switch />
          </Form.Item>
          <Form.Item name="useBusinessHours" label={t('acd.useBusinessHours')} valuePropName="checked" tooltip={t('acd.useBusinessHoursHint')}>
            <Switch />
          </Form.Item>
        </Space>
      </Form>
    </Modal>
  );
}
