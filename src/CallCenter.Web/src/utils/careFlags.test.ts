import { describe, expect, it } from 'vitest';
import { formatCareFlags, parseCareFlags } from './careFlags';

describe('care flags on the wire', () => {
  it.each([
    ['None', []],
    ['ElderlyLivingAlone', ['ElderlyLivingAlone']],
    ['ElderlyLivingAlone, Infant', ['ElderlyLivingAlone', 'Infant']],
    ['Infant,LowIncome', ['Infant', 'LowIncome']],
    [5, ['ElderlyLivingAlone', 'Infant']],
    ['5', ['ElderlyLivingAlone', 'Infant']],
    [null, []],
    ['SomethingNew', []],
  ])('parses %j', (wire, expected) => {
    expect(parseCareFlags(wire)).toEqual(expected);
  });

  it('writes what System.Text.Json reads back', () => {
    expect(formatCareFlags([])).toBe('None');
    expect(formatCareFlags(['ElderlyLivingAlone', 'Infant'])).toBe('ElderlyLivingAlone, Infant');
  });
});
