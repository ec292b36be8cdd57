import { Button, Input, Select, Space } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { JsonValue, VariableDefinition } from '../../api/workflows';

const types = ['String', 'Number', 'Boolean', 'Object', 'Array'];

interface Props {
  variables: VariableDefinition[];
  readOnly?: boolean;
  onChange: (variables: VariableDefinition[]) => void;
}

/** The instance variables with their initial values (typed as JSON: 0, "text", true, {…}). */
export default function VariablesPanel({ variables, readOnly, onChange }: Props) {
  const { t } = useTranslation();
  const update = (index: number, patch: Partial<VariableDefinition>) =>
    onChange(variables.map((v, i) => (i === index ? { ...v, ...patch } : v)));
  return (
    <div data-testid="variables">
      {variables.map((v, i) => (
        <Space.Compact key={i} block style={{ marginBottom: 8 }}>
          <Input
            style={{ width: '38%' }}
            value={v.name}
            placeholder={t('workflows.variables.name')}
            disabled={readOnly}
            status={/^[A-Za-z_$][\w$]*$/.test(v.name) ? undefined : 'error'}
            onChange={(e) => update(i, { name: e.target.value })}
            data-testid={`variable-name-${i}`}
          />
          <Select style={{ width: '28%' }} value={v.type ?? 'Object'} disabled={readOnly} options={types.map((x) => ({ value: x, label: x }))} onChange={(type) => update(i, { type })} />
          <Input
            style={{ width: '26%' }}
            placeholder={t('workflows.variables.initial')}
            disabled={readOnly}
            defaultValue={v.value === undefined ? '' : JSON.stringify(v.value)}
            onBlur={(e) => {
              const text = e.target.value.trim();
              if (!text) return update(i, { value: undefined });
              try {
                update(i, { value: JSON.parse(text) as JsonValue });
              } catch {
                update(i, { value: text });
              }
            }}
          />
          <Button icon={<DeleteOutlined />} disabled={readOnly} aria-label={t('common.delete')} onClick={() => onChange(variables.filter((_, j) => j !== i))} />
        </Space.Compact>
      ))}
      <Button icon={<PlusOutlined />} disabled={readOnly} onClick={() => onChange([...variables, { name: `var${variables.length + 1}`, type: 'String' }])} data-testid="variable-add">
        {t('workflows.variables.add')}
      </Button>
    </div>
  );
}
