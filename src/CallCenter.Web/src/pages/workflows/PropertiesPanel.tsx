import { useMemo } from 'react';
import { Alert, Empty, Form, Input, InputNumber, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ActivityNode, InputValue, VariableDefinition } from '../../api/workflows';
import type { ActivityFlowNode } from '../../workflows/graph';
import { formFor, localized } from '../../workflows/form';
import { portsOf } from '../../workflows/ports';
import type { NodeProblem } from '../../workflows/validation';
import InputField from './InputField';

interface Props {
  node: ActivityFlowNode | undefined;
  variables: VariableDefinition[];
  problems: NodeProblem[];
  readOnly?: boolean;
  onChange: (activity: ActivityNode) => void;
}

/** The selected node's form, generated from its descriptor: name, every input, retries, and its outcome ports. */
export default function PropertiesPanel({ node, variables, problems, readOnly, onChange }: Props) {
  const { t, i18n } = useTranslation();
  const descriptor = node?.data.descriptor;
  const fields = useMemo(() => (descriptor ? formFor(descriptor, i18n.language) : []), [descriptor, i18n.language]);
  if (!node) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('workflows.properties.nothingSelected')} />;
  const activity = node.data.activity;

  const setInput = (name: string, value: InputValue | undefined) => {
    const inputs = { ...(activity.inputs ?? {}) };
    if (value === undefined) delete inputs[name];
    else inputs[name] = value;
    const next: ActivityNode = { ...activity, inputs };
    if (Object.keys(inputs).length === 0) delete next.inputs;
    onChange(next);
  };

  return (
    <Form layout="vertical" size="small" className="wf-properties" data-testid="properties">
      <Typography.Title level={5} style={{ marginTop: 0 }}>
        {descriptor ? localized(descriptor.displayName, i18n.language) : activity.type}
      </Typography.Title>
      {descriptor && <Typography.Paragraph type="secondary">{localized(descriptor.description, i18n.language)}</Typography.Paragraph>}
      {!descriptor && <Alert type="warning" showIcon title={t('workflows.properties.unknownType', { type: activity.type })} />}
      {problems.length > 0 && (
        <Alert type="error" showIcon style={{ marginBottom: 12 }} title={problems.map((p, i) => <div key={i}>{p.message}</div>)} data-testid="properties-problems" />
      )}
      <Form.Item label={t('workflows.properties.id')}>
        <Input value={activity.id} disabled data-testid="node-id" />
      </Form.Item>
      <Form.Item label={t('workflows.properties.name')}>
        <Input
          value={activity.name ?? ''}
          disabled={readOnly}
          data-testid="node-name"
          onChange={(e) => {
            // eslint-disable-next-line @typescript-eslint/no-unused-vars
            const { name, ...rest } = activity;
            onChange(e.target.value ? { ...activity, name: e.target.value } : rest);
          }}
        />
      </Form.Item>
      {fields.map((field) => (
        <InputField key={`${activity.id}:${field.name}`} field={field} value={activity.inputs?.[field.name]} variables={variables} readOnly={readOnly} onChange={(v) => setInput(field.name, v)} />
      ))}
      <Form.Item label={t('workflows.properties.retry')} tooltip={t('workflows.properties.retryHelp')}>
        <InputNumber
          min={1}
          max={20}
          value={activity.retry?.maxAttempts ?? 1}
          disabled={readOnly}
          onChange={(v) => {
            const next = { ...activity };
            if (!v || v <= 1) delete next.retry;
            else next.retry = { maxAttempts: v };
            onChange(next);
          }}
        />
      </Form.Item>
      <Form.Item label={t('workflows.properties.outcomes')}>
        {portsOf(descriptor, activity).map((p) => (
          <Tag key={p}>{t(`workflows.ports.${p}`, { defaultValue: p })}</Tag>
        ))}
        {descriptor?.outputs.length ? (
          <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
            {t('workflows.properties.outputs')}: {descriptor.outputs.map((o) => `outputs.${activity.id}.${o.name}`).join(', ')}
          </Typography.Paragraph>
        ) : null}
      </Form.Item>
    </Form>
  );
}
