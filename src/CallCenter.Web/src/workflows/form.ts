// Activity descriptor → the properties panel's fields, and the field values ↔ the definition's input values.
import type { ActivityDescriptor, InputDescriptor, InputValue, JsonValue, LocalizedText, Syntax } from '../api/workflows';

export type FieldKind = 'text' | 'multiline' | 'number' | 'checkbox' | 'dropdown' | 'duration' | 'expression' | 'json';

export interface FormField {
  name: string;
  kind: FieldKind;
  label: string;
  description: string;
  required: boolean;
  options: string[];
  /** Whether the field offers the Literal / JavaScript / Variable switch (every field but a checkbox does). */
  switchable: boolean;
  defaultSyntax: Syntax;
  defaultValue?: string | null;
  type: string;
}

const kinds: Record<string, FieldKind> = {
  Text: 'text',
  MultiLine: 'multiline',
  Number: 'number',
  Checkbox: 'checkbox',
  Dropdown: 'dropdown',
  Duration: 'duration',
  Expression: 'expression',
  Json: 'json',
};

export function localized(text: LocalizedText | undefined, language: string): string {
  if (!text) return '';
  return (language.startsWith('zh') ? text.zhHans || text.en : text.en || text.zhHans) ?? '';
}

export function fieldFor(input: InputDescriptor, language: string): FormField {
  const kind = kinds[input.uiHint] ?? 'text';
  const syntax = input.defaultSyntax === 'JavaScript' || input.defaultSyntax === 'Variable' ? input.defaultSyntax : 'Literal';
  return {
    name: input.name,
    kind,
    label: localized(input.displayName, language) || input.name,
    description: localized(input.description, language),
    required: input.required,
    options: input.options ?? [],
    switchable: kind !== 'checkbox',
    defaultSyntax: syntax,
    defaultValue: input.defaultValue,
    type: input.type,
  };
}

export function formFor(descriptor: ActivityDescriptor, language: string): FormField[] {
  return descriptor.inputs.map((input) => fieldFor(input, language));
}

export function syntaxOf(value: InputValue | undefined, field: FormField): Syntax {
  const s = value?.syntax;
  return s === 'JavaScript' || s === 'Variable' || s === 'Literal' ? s : value ? 'Literal' : field.defaultSyntax;
}

/** What the editor shows: scripts and variable names as text, a JSON literal pretty-printed, a literal number as a number. */
export function editorValue(value: InputValue | undefined, field: FormField): string | number | boolean | undefined {
  const v = value?.value;
  const syntax = syntaxOf(value, field);
  if (v === undefined || v === null) return field.kind === 'checkbox' ? field.defaultValue === 'true' : undefined;
  if (syntax !== 'Literal') return typeof v === 'string' ? v : JSON.stringify(v);
  if (field.kind === 'json') return typeof v === 'string' ? v : JSON.stringify(v, null, 2);
  if (field.kind === 'checkbox') return v === true || v === 'true';
  if (field.kind === 'number') return typeof v === 'number' ? v : Number(v);
  return typeof v === 'string' ? v : JSON.stringify(v);
}

export class FieldError extends Error {
  readonly key: string;
  constructor(key: string, message: string) {
    super(message);
    this.key = key;
  }
}

/**
 * The input value to store for an editor value. Empty means "no input" (undefined), so a cleared optional field
 * leaves no trace in the definition. A JSON literal must parse (FieldError 'invalidJson').
 */
export function toInputValue(editor: string | number | boolean | null | undefined, syntax: Syntax, field: FormField): InputValue | undefined {
  if (editor === undefined || editor === null || editor === '') return undefined;
  if (syntax !== 'Literal') return { syntax, value: String(editor) };
  switch (field.kind) {
    case 'number': {
      const n = typeof editor === 'number' ? editor : Number(editor);
      if (!Number.isFinite(n)) throw new FieldError('invalidNumber', String(editor));
      return { value: n };
    }
    case 'checkbox':
      return { value: editor === true || editor === 'true' };
    case 'json': {
      try {
        return { value: JSON.parse(String(editor)) as JsonValue };
      } catch (e) {
        throw new FieldError('invalidJson', (e as Error).message);
      }
    }
    default:
      return { value: String(editor) };
  }
}

/** Null when the script parses; else the parser's message. Parsing only: nothing runs. */
export function checkJavaScript(script: string): string | null {
  if (!script.trim()) return null;
  try {
    // An expression first (most inputs are one), then a body with statements (Elsa accepts both).
    new Function(`return (${script}\n);`);
    return null;
  } catch {
    try {
      new Function(script);
      return null;
    } catch (e) {
      return (e as Error).message;
    }
  }
}

/** The spellings DurationParser reads on the server: "00:05:00", "PT5M", "5m", "4h", "2d", "30s", "500ms". */
export function isDuration(text: string): boolean {
  const t = text.trim();
  if (!t) return true;
  if (/^P(?!$)(\d+(\.\d+)?D)?(T(?=\d)(\d+(\.\d+)?H)?(\d+(\.\d+)?M)?(\d+(\.\d+)?S)?)?$/.test(t)) return true;
  if (/^(\d+\.)?\d{1,2}:\d{2}(:\d{2}(\.\d+)?)?$/.test(t)) return true;
  return /^\d+(\.\d+)?\s*(ms|s|m|min|h|d)?$/i.test(t);
}
