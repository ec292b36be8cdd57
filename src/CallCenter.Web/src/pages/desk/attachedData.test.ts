import { describe, expect, it } from 'vitest';
import type { TFunction } from 'i18next';
import { attachedFields, ivrChoiceText } from './attachedData';

const labels: Record<string, string> = {
  'desk.attached.accountNumber': '户号',
  'desk.attached.callerNumber': '来电号码',
  'desk.attached.ivrChoice': '来电类别',
  'desk.ivrChoices.1': '报修',
  'common.yes': '是',
};
const t = ((key: string) => labels[key] ?? key) as unknown as TFunction;
const i18n = { exists: (key: string) => key in labels } as never;

describe('attached data on the screen pop', () => {
  it('labels known keys in Chinese, groups phones, leaves out ids and empties, keeps unknown keys', () => {
    const fields = attachedFields(
      {
        householdId: '0b8f2a0e-8a53-4f1e-9d3c-1e2f3a4b5c6d',
        accountNumber: '1000000001',
        callerNumber: '+8613800138000',
        ivrChoice: '报修',
        contractRef: 'A-17',
        escalated: true,
        empty: '',
        ticket: '0b8f2a0e-8a53-4f1e-9d3c-1e2f3a4b5c6d',
      },
      t,
      i18n,
    );
    expect(fields.map((f) => [f.label, f.value])).toEqual([
      ['户号', '1000000001'],
      ['来电号码', '138 0013 8000'],
      ['来电类别', '报修'],
      ['contractRef', 'A-17'],
      ['escalated', '是'],
    ]);
  });

  it('names the caller\'s IVR choice: the attached one first, else the last menu key', () => {
    expect(ivrChoiceText({ ivrChoice: '投诉' }, '1', t, i18n)).toBe('投诉');
    expect(ivrChoiceText(null, '21', t, i18n)).toBe('报修');
    expect(ivrChoiceText(null, '', t, i18n)).toBe('');
  });
});
