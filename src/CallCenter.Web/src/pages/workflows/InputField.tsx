import { useEffect, useRef, useState } from 'react';
import { Checkbox, Form, Input, InputNumber, Segmented, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { InputValue, Syntax, VariableDefinition } from '../../api/workflows';
import { checkJavaScript, editorValue, FieldError, isDuration, syntaxOf, toInputValue, type FormField } from '../../workflows/form';

interface Props {
  field: FormField;
  value: InputValue | undefined;
  variables: VariableDefinition[];
  readOnly?: boolean;
  onChange: (value: InputValue | undefined) => void;
}

/** One input of an activity: the editor its UI hint asks for, with a Literal / JavaScript / Variable switch. */
export default function InputField({ field, value, variables, readOnly, onChange }: Props) {
  const { t } = useTranslation();
  // Choices arrive as the server's values (Information, WaitAll); shown by their translated names where there is one.
  const optionLabel = (o: string) => (o === '' ? t('workflows.options.empty') : t(`workflows.options.${field.name}.${o}`, { defaultValue: o }));
  const [syntax, setSyntax] = useState<Syntax>(syntaxOf(value, field));
  const [text, setText] = useState(editorValue(value, field));
  const [error, setError] = useState<string | null>(null);
  const stored = JSON.stringify(value ?? null);
  const lastCommitted = useRef(stored);

  // Undo, redo or paste changed the definition under the editor: show what it now holds.
  useEffect(() => {
    if (stored === lastCommitted.current) return;
    lastCommitted.current = stored;
    const current = JSON.parse(stored) as InputValue | null;
    setSyntax(syntaxOf(current ?? undefined, field));
    setText(editorValue(current ?? undefined, field));
    setError(null);
  }, [stored, field]);

  const commit = (next: string | number | boolean | null | undefined, nextSyntax: Syntax) => {
    setText(next ?? undefined);
    let problem: string | null = null;
    if (nextSyntax === 'JavaScript' && typeof next === 'string') {
      const message = checkJavaScript(next);
      if (message) problem = t('workflows.form.syntaxError', { message });
    } else if (nextSyntax === 'Literal' && field.kind === 'duration' && typeof next === 'string' && !isDuration(next)) {
      problem = t('workflows.form.badDuration');
    }
    try {
      const next2 = toInputValue(next, nextSyntax, field);
      lastCommitted.current = JSON.stringify(next2 ?? null);
      setError(problem);
      onChange(next2);
    } catch (e) {
      setError(e instanceof FieldError ? t(`workflows.form.${e.key}`) : String(e));
    }
  };

  const testId = `input-${field.name}`;
  let editor: React.ReactNode;
  if (syntax === 'JavaScript') {
    editor = (
      <Input.TextArea
        className="wf-code"
        autoSize={{ minRows: 2, maxRows: 8 }}
        value={String(text ?? '')}
        disabled={readOnly}
        placeholder="variables.phone"
        onChange={(e) => commit(e.target.value, syntax)}
        data-testid={testId}
      />
    );
  } else if (syntax === 'Variable') {
    editor = (
      <Select
        allowClear
        value={text === undefined ? undefined : String(text)}
        disabled={readOnly}
        options={variables.map((v) => ({ value: v.name, label: v.name }))}
        onChange={(v) => commit(v, syntax)}
        data-testid={testId}
      />
    );
  } else {
    switch (field.kind) {
      case 'multiline':
        editor = <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} value={String(text ?? '')} disabled={readOnly} onChange={(e) => commit(e.target.value, syntax)} data-testid={testId} />;
        break;
      case 'json':
        editor = (
          <Input.TextArea className="wf-code" autoSize={{ minRows: 3, maxRows: 12 }} value={String(text ?? '')} disabled={readOnly} onChange={(e) => commit(e.target.value, syntax)} data-testid={testId} />
        );
        break;
      case 'number':
        editor = <InputNumber style={{ width: '100%' }} value={typeof text === 'number' ? text : undefined} disabled={readOnly} onChange={(v) => commit(v, syntax)} data-testid={testId} />;
        break;
      case 'checkbox':
        editor = <Checkbox checked={text === true} disabled={readOnly} onChange={(e) => commit(e.target.checked, syntax)} data-testid={testId} />;
        break;
      case 'dropdown':
        editor = (
          <Select allowClear value={text === undefined ? undefined : String(text)} disabled={readOnly} options={field.options.map((o) => ({ value: o, label: optionLabel(o) }))} onChange={(v) => commit(v, syntax)} data-testid={testId} />
        );
        break;
      case 'duration':
        editor = <Input value={String(text ?? '')} disabled={readOnly} placeholder="4h, 30m, 00:05:00" onChange={(e) => commit(e.target.value, syntax)} data-testid={testId} />;
        break;
      default:
        editor = <Input value={String(text ?? '')} disabled={readOnly} onChange={(e) => commit(e.target.value, syntax)} data-testid={testId} />;
    }
  }

  return (
    <Form.Item
      label={field.label}
      required={field.required}
      tooltip={field.description || undefined}
      validateStatus={error ? 'error' : undefined}
      help={error ?? (field.defaultValue ? t('workflows.form.default', { value: optionLabel(field.defaultValue) }) : undefined)}
    >
      {field.switchable && (
        <Segmented
          size="small"
          className="wf-syntax"
          value={syntax}
          disabled={readOnly}
          data-testid={`syntax-${field.name}`}
          options={(['Literal', 'JavaScript', 'Variable'] as const).map((s) => ({ value: s, label: t(`workflows.syntax.${s}`) }))}
          onChange={(s) => {
            const next = s as Syntax;
            setSyntax(next);
            // Keep what was typed: a literal becomes the script's text; a script to a variable starts empty.
            const keep = next === 'Variable' ? undefined : text === undefined ? undefined : typeof text === 'string' ? text : JSON.stringify(text);
            commit(keep, next);
          }}
        />
      )}
      {editor}
      {syntax === 'JavaScript' && !error && <Typography.Text type="secondary" className="wf-hint">{t('workflows.form.scriptHint')}</Typography.Text>}
    </Form.Item>
  );
}
