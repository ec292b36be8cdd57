import { useState } from 'react';
import { App, Button, Form, Input, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { errorMessage } from '../../api/client';
import { workflowsApi, type JsonValue, type WorkflowDefinition } from '../../api/workflows';

interface Props {
  open: boolean;
  definition: WorkflowDefinition;
  onClose: () => void;
}

/** Starts the published version with input values (one field per declared input, plus free JSON) and opens the viewer. */
export default function TestRunModal({ open, definition, onClose }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [values, setValues] = useState<Record<string, string>>({});
  const [extra, setExtra] = useState('');
  const [correlationId, setCorrelationId] = useState('');
  const [busy, setBusy] = useState(false);
  const [jsonError, setJsonError] = useState<string | null>(null);
  const declared = definition.inputs ?? [];

  const start = async () => {
    let input: Record<string, JsonValue> = {};
    if (extra.trim()) {
      try {
        input = JSON.parse(extra) as Record<string, JsonValue>;
      } catch (e) {
        setJsonError((e as Error).message);
        return;
      }
    }
    for (const arg of declared) if (values[arg.name]) input[arg.name] = values[arg.name];
    setBusy(true);
    try {
      const started = await workflowsApi.testRun(definition.definitionId, input, correlationId.trim() || undefined);
      message.success(t('workflows.testRun.started'));
      navigate(`/workflow-instances/${started.instanceId}`);
    } catch (e) {
      message.error(errorMessage(e, t('common.requestFailed')));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal open={open} title={t('workflows.testRun.title')} okText={t('workflows.testRun.start')} confirmLoading={busy} onOk={() => void start()} onCancel={onClose} okButtonProps={{ 'data-testid': 'test-run-start' } as React.ComponentProps<typeof Button>} destroyOnHidden>
      <Form layout="vertical">
        {declared.map((arg) => (
          <Form.Item key={arg.name} label={arg.displayName || arg.name} required={arg.required}>
            <Input value={values[arg.name] ?? ''} onChange={(e) => setValues({ ...values, [arg.name]: e.target.value })} data-testid={`test-input-${arg.name}`} />
          </Form.Item>
        ))}
        <Form.Item label={t('workflows.testRun.json')} validateStatus={jsonError ? 'error' : undefined} help={jsonError ?? t('workflows.testRun.jsonHelp')}>
          <Input.TextArea className="wf-code" autoSize={{ minRows: 3, maxRows: 8 }} value={extra} placeholder='{ "phone": "13800000000" }' onChange={(e) => { setExtra(e.target.value); setJsonError(null); }} data-testid="test-input-json" />
        </Form.Item>
        <Form.Item label={t('workflows.testRun.correlationId')} help={t('workflows.testRun.correlationHelp')}>
          <Input value={correlationId} onChange={(e) => setCorrelationId(e.target.value)} data-testid="test-correlation" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
