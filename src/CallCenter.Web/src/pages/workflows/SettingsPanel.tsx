import { Button, Checkbox, Form, Input, InputNumber, Select, Space, Typography } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { ArgumentDefinition, WorkflowDefinition } from '../../api/workflows';

interface Props {
  definition: WorkflowDefinition;
  readOnly?: boolean;
  onChange: (patch: Partial<WorkflowDefinition>) => void;
}

/** Name, description, declared inputs (the test run asks for them), and the execution options. */
export default function SettingsPanel({ definition, readOnly, onChange }: Props) {
  const { t } = useTranslation();
  const inputs = definition.inputs ?? [];
  const setInputs = (next: ArgumentDefinition[]) => onChange({ inputs: next.length ? next : undefined });
  return (
    <Form layout="vertical" size="small" data-testid="settings">
      <Form.Item label={t('workflows.settings.definitionId')}>
        <Input value={definition.definitionId} disabled />
      </Form.Item>
      <Form.Item label={t('workflows.settings.name')} required>
        <Input value={definition.name} disabled={readOnly} onChange={(e) => onChange({ name: e.target.value })} data-testid="settings-name" />
      </Form.Item>
      <Form.Item label={t('workflows.settings.description')}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} value={definition.description ?? ''} disabled={readOnly} onChange={(e) => onChange({ description: e.target.value || undefined })} />
      </Form.Item>
      <Form.Item label={t('workflows.settings.inputs')} tooltip={t('workflows.settings.inputsHelp')}>
        {inputs.map((arg, i) => (
          <Space.Compact key={i} block style={{ marginBottom: 6 }}>
            <Input style={{ width: '34%' }} value={arg.name} disabled={readOnly} placeholder={t('workflows.variables.name')} onChange={(e) => setInputs(inputs.map((a, j) => (j === i ? { ...a, name: e.target.value } : a)))} />
            <Input style={{ width: '34%' }} value={arg.displayName ?? ''} disabled={readOnly} placeholder={t('workflows.settings.displayName')} onChange={(e) => setInputs(inputs.map((a, j) => (j === i ? { ...a, displayName: e.target.value || undefined } : a)))} />
            <Checkbox style={{ padding: '0 8px', alignSelf: 'center' }} checked={!!arg.required} disabled={readOnly} onChange={(e) => setInputs(inputs.map((a, j) => (j === i ? { ...a, required: e.target.checked || undefined } : a)))}>
              {t('workflows.settings.required')}
            </Checkbox>
            <Button icon={<DeleteOutlined />} disabled={readOnly} aria-label={t('common.delete')} onClick={() => setInputs(inputs.filter((_, j) => j !== i))} />
          </Space.Compact>
        ))}
        <Button size="small" icon={<PlusOutlined />} disabled={readOnly} onClick={() => setInputs([...inputs, { name: `input${inputs.length + 1}`, type: 'String' }])}>
          {t('workflows.settings.addInput')}
        </Button>
      </Form.Item>
      <Form.Item label={t('workflows.settings.commitStrategy')} tooltip={t('workflows.settings.commitStrategyHelp')}>
        <Select
          value={definition.options?.commitStrategy ?? 'Suspended'}
          disabled={readOnly}
          options={['Suspended', 'ActivityExecuted'].map((v) => ({ value: v, label: t(`workflows.settings.commit.${v}`) }))}
          onChange={(commitStrategy) => onChange({ options: { ...definition.options, commitStrategy } })}
        />
      </Form.Item>
      <Form.Item label={t('workflows.settings.stepLimit')}>
        <InputNumber min={10} max={1_000_000} value={definition.options?.stepLimit ?? 10000} disabled={readOnly} onChange={(v) => onChange({ options: { ...definition.options, stepLimit: v ?? undefined } })} />
      </Form.Item>
      <Typography.Text type="secondary">{t('workflows.settings.positionsNote')}</Typography.Text>
    </Form>
  );
}
