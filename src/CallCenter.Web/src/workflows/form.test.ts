import { describe, expect, it } from 'vitest';
import type { ActivityDescriptor } from '../api/workflows';
import snapshot from './descriptors.snapshot.json';
import { checkJavaScript, editorValue, fieldFor, FieldError, formFor, isDuration, toInputValue } from './form';

const descriptors = snapshot as unknown as ActivityDescriptor[];
const descriptor = (type: string) => descriptors.find((d) => d.type === type)!;

describe('descriptor → form', () => {
  it('gives one field per input with the UI hint as its editor and the name in the current language', () => {
    const fields = formFor(descriptor('WaitForEvent'), 'zh-Hans');
    expect(fields.map((f) => [f.name, f.kind, f.required])).toEqual([
      ['eventName', 'text', true],
      ['correlationId', 'expression', false],
      ['timeout', 'duration', false],
    ]);
    expect(fields[0].label).toBe('事件名');
    expect(formFor(descriptor('WaitForEvent'), 'en')[0].label).toBe('Event name');
  });

  it('maps every UI hint the engine declares, with dropdown options, defaults and the syntax switch', () => {
    const kinds = new Set(descriptors.flatMap((d) => formFor(d, 'en').map((f) => f.kind)));
    for (const k of ['text', 'multiline', 'number', 'checkbox', 'dropdown', 'duration', 'expression', 'json']) expect(kinds).toContain(k);
    const log = formFor(descriptor('Log'), 'en');
    expect(log.find((f) => f.name === 'level')).toMatchObject({ kind: 'dropdown', options: expect.arrayContaining(['Information', 'Warning']) });
    const run = formFor(descriptor('RunWorkflow'), 'en').find((f) => f.name === 'waitForCompletion')!;
    expect(run).toMatchObject({ kind: 'checkbox', switchable: false, defaultValue: 'true' });
    expect(formFor(descriptor('If'), 'en')[0].defaultSyntax).toBe('JavaScript');
  });

  it('falls back to the input name and to a text editor for an unknown hint', () => {
    const field = fieldFor(
      { name: 'x', type: 'String', uiHint: 'Fancy', displayName: { zhHans: '', en: '' }, description: { zhHans: '', en: '' }, required: false, options: [], defaultSyntax: 'Literal' },
      'zh-Hans',
    );
    expect(field).toMatchObject({ label: 'x', kind: 'text' });
  });
});

describe('editor values ↔ input values', () => {
  const number = fieldFor(descriptor('WriteHttpResponse').inputs.find((i) => i.name === 'statusCode')!, 'en');
  const json = fieldFor(descriptor('Switch').inputs.find((i) => i.name === 'cases')!, 'en');
  const text = fieldFor(descriptor('Log').inputs.find((i) => i.name === 'message')!, 'en');

  it('stores literals by type and scripts as text', () => {
    expect(toInputValue('202', 'Literal', number)).toEqual({ value: 202 });
    expect(toInputValue('[{"label":"a"}]', 'Literal', json)).toEqual({ value: [{ label: 'a' }] });
    expect(toInputValue('你好', 'Literal', text)).toEqual({ value: '你好' });
    expect(toInputValue("'a' + 1", 'JavaScript', text)).toEqual({ syntax: 'JavaScript', value: "'a' + 1" });
    expect(toInputValue('phone', 'Variable', text)).toEqual({ syntax: 'Variable', value: 'phone' });
    expect(toInputValue('', 'Literal', text)).toBeUndefined();
  });

  it('refuses malformed JSON and numbers', () => {
    expect(() => toInputValue('[1,', 'Literal', json)).toThrow(FieldError);
    expect(() => toInputValue('abc', 'Literal', number)).toThrow(FieldError);
  });

  it('shows stored values in the editor', () => {
    expect(editorValue({ value: 202 }, number)).toBe(202);
    expect(editorValue({ value: [{ label: 'a' }] }, json)).toBe('[\n  {\n    "label": "a"\n  }\n]');
    expect(editorValue({ syntax: 'JavaScript', value: 'x + 1' }, text)).toBe('x + 1');
    expect(editorValue(undefined, text)).toBeUndefined();
  });
});

describe('checks', () => {
  it('parses JavaScript expressions and statement bodies without running them', () => {
    expect(checkJavaScript("variables.x == '已受理'")).toBeNull();
    expect(checkJavaScript('({ a: 1 })')).toBeNull();
    expect(checkJavaScript('const a = 1; return a;')).toBeNull();
    expect(checkJavaScript('variables.x ==')).toMatch(/./);
    expect(checkJavaScript("throw new Error('never runs')")).toBeNull();
  });

  it('accepts the duration spellings the server reads', () => {
    for (const d of ['4h', '30s', '500ms', '2d', '5 min', '00:05:00', '1.02:00:00', 'PT5M', 'P1DT2H']) expect(isDuration(d), d).toBe(true);
    for (const d of ['4 hours', 'abc', 'P', 'PT']) expect(isDuration(d), d).toBe(false);
  });
});
