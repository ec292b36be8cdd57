import type { FormInstance } from 'antd';
import { ApiError } from '../api/client';

/** "Phones[0].Number" or "phones[0].number" → ['phones', 0, 'number'] (antd's NamePath). */
export function toNamePath(field: string): (string | number)[] {
  const path: (string | number)[] = [];
  for (const part of field.replace(/^\$\./, '').split('.')) {
    const match = /^([^[\]]*)((?:\[\d+\])*)$/.exec(part);
    if (!match) {
      path.push(part);
      continue;
    }
    if (match[1]) path.push(match[1].charAt(0).toLowerCase() + match[1].slice(1));
    for (const index of match[2].matchAll(/\[(\d+)\]/g)) path.push(Number(index[1]));
  }
  return path;
}

/**
 * Puts the server's validation errors on the matching fields. Returns the messages that matched no field,
 * so the caller can show them in a message instead of losing them.
 */
export function applyServerErrors(form: FormInstance, error: unknown): string[] {
  if (!(error instanceof ApiError) || !error.problem.errors) return [];
  const unmatched: string[] = [];
  const fields: { name: (string | number)[]; errors: string[] }[] = [];
  for (const [key, messages] of Object.entries(error.problem.errors)) {
    const name = toNamePath(key);
    if (name.length > 0 && hasField(form, name)) fields.push({ name, errors: messages });
    else unmatched.push(...messages);
  }
  form.setFields(fields);
  if (fields.length > 0) form.scrollToField(fields[0].name, { block: 'center' });
  return unmatched;
}

function hasField(form: FormInstance, name: (string | number)[]): boolean {
  let found = false;
  form.getFieldsValue(true, (meta) => {
    if (meta && sameName(meta.name, name)) found = true;
    return false;
  });
  return found;
}

function sameName(a: (string | number)[], b: (string | number)[]): boolean {
  return a.length === b.length && a.every((part, i) => String(part) === String(b[i]));
}
