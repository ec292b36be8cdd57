import { Form, Input, Modal, Radio, Select, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import type { DeskOptions, DeskTransfer, DeskTransferTarget } from '../../api/desk';

interface Values {
  kind: DeskTransferTarget;
  agent?: string;
  queue?: string;
  number?: string;
  consult: boolean;
  notes?: string;
}

/** Where the call goes — another agent, a queue or an outside number — with notes the next agent's desktop shows. */
export default function TransferModal({
  open,
  options,
  onCancel,
  onTransfer,
}: {
  open: boolean;
  options: DeskOptions | null;
  onCancel: () => void;
  onTransfer: (transfer: DeskTransfer) => Promise<boolean>;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const kind = Form.useWatch('kind', form) ?? 'Queue';
  const required = [{ required: true, whitespace: true, message: t('desk.transferModal.targetRequired') }];

  const submit = async (v: Values) => {
    const target = (v.kind === 'Agent' ? v.agent : v.kind === 'Queue' ? v.queue : v.number)?.trim() ?? '';
    const consult = v.kind !== 'Queue' && !!v.consult;
    if (await onTransfer({ kind: v.kind, target, consult, notes: v.notes?.trim() || null })) form.resetFields();
  };

  return (
    <Modal
      open={open}
      title={t('desk.transferModal.title')}
      okText={t('desk.transferModal.submit')}
      cancelText={t('common.cancel')}
      onCancel={onCancel}
      onOk={() => form.submit()}
      destroyOnHidden
      width="min(520px, 100vw)"
    >
      <Form form={form} layout="vertical" initialValues={{ kind: 'Queue', consult: false }} onFinish={(v) => void submit(v)} data-testid="transfer-form">
        <Form.Item name="kind" label={t('desk.transferModal.kind')}>
          <Radio.Group
            optionType="button"
            options={(['Queue', 'Agent', 'Number'] as const).map((k) => ({ value: k, label: t(`desk.transferModal.kinds.${k}`) }))}
            data-testid="transfer-kind"
          />
        </Form.Item>
        {kind === 'Queue' && (
          <Form.Item name="queue" label={t('desk.transferModal.target')} rules={required}>
            <Select options={(options?.queues ?? []).map((q) => ({ value: q.id, label: q.name }))} data-testid="transfer-queue" />
          </Form.Item>
        )}
        {kind === 'Agent' && (
          <Form.Item name="agent" label={t('desk.transferModal.target')} rules={required}>
            <Select
              showSearch
              optionFilterProp="label"
              options={(options?.agents ?? []).map((a) => ({
                value: a.id,
                label: `${a.displayName}（${a.extension}）${a.state ? ` · ${t(`desk.states.${a.state}`)}` : ''}`,
              }))}
              data-testid="transfer-agent"
            />
          </Form.Item>
        )}
        {kind === 'Number' && (
          <Form.Item name="number" label={t('desk.transferModal.target')} rules={[...required, { max: 64 }]}>
            <Input inputMode="tel" data-testid="transfer-number" />
          </Form.Item>
        )}
        {kind !== 'Queue' && (
          // A queue has nobody to talk to until it rings someone: consulting is for an agent or a number.
          <Form.Item name="consult" label={t('desk.transferModal.consult')} valuePropName="checked">
            <Switch data-testid="transfer-consult" />
          </Form.Item>
        )}
        <Form.Item name="notes" label={t('desk.transferModal.notes')} rules={[{ max: 500 }]}>
          <Input.TextArea rows={3} data-testid="transfer-notes" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
