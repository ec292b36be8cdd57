import { describe, expect, it } from 'vitest';
import descriptors from './descriptors.snapshot.json';
import zh from '../i18n/locales/workflows.zh-Hans.json';
import en from '../i18n/locales/workflows.en.json';

// Every outcome port and every dropdown choice an activity offers has a Chinese and an English label: the canvas,
// the properties panel and the journal show the label, never the server's name (Closed, NoAnswer, Information).
describe('activity ports and options are translated', () => {
  const outcomes = [...new Set(descriptors.flatMap((d) => d.outcomes))];
  const options = descriptors.flatMap((d) => d.inputs.flatMap((i) => i.options.filter((o) => o !== '').map((o) => [i.name, o] as const)));

  for (const [name, words] of [
    ['zh-Hans', zh],
    ['en', en],
  ] as const) {
    const ports = words.workflows.ports as Record<string, string>;
    const choices = words.workflows.options as unknown as Record<string, Record<string, string>>;
    it(`labels every outcome in ${name}`, () => {
      expect(outcomes.filter((o) => !ports[o])).toEqual([]);
    });
    it(`labels every option in ${name}`, () => {
      expect(options.filter(([input, o]) => !choices[input]?.[o] && !['GET', 'POST', 'PUT', 'DELETE'].includes(o)).map(([i, o]) => `${i}.${o}`)).toEqual([]);
    });
  }

  it('writes the Chinese labels in Chinese', () => {
    const ports = zh.workflows.ports as Record<string, string>;
    expect(outcomes.filter((o) => !/[\u4e00-\u9fff]/.test(ports[o] ?? ''))).toEqual([]);
  });
});
