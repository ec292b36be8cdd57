import { describe, expect, it } from 'vitest';
import { mergeLocaleFiles } from './mergeLocales';

describe('mergeLocaleFiles', () => {
  it('merges per-feature files into one tree', () => {
    const merged = mergeLocaleFiles({
      './locales/en.json': { nav: { households: 'Households' } },
      './locales/workorders.en.json': { nav: { workOrders: 'Work orders' }, workOrders: { title: 'Orders' } },
    });
    expect(merged).toEqual({ nav: { households: 'Households', workOrders: 'Work orders' }, workOrders: { title: 'Orders' } });
  });

  it('refuses a key defined in two files', () => {
    expect(() => mergeLocaleFiles({ './a.json': { nav: { x: '1' } }, './b.json': { nav: { x: '2' } } })).toThrow(/nav\.x/);
  });
});
