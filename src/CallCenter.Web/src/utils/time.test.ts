import { describe, expect, it } from 'vitest';
import dayjs from 'dayjs';
import { endOfCompanyDay, formatDateTime, setCompanyTimeZone, startOfCompanyDay } from './time';

describe('dates in the company time zone', () => {
  it('shows a UTC instant as Shanghai wall-clock time whatever the browser zone', () => {
    setCompanyTimeZone('Asia/Shanghai');
    expect(formatDateTime('2026-11-22T20:56:52Z')).toBe('2026-11-23 04:56:52');
    expect(formatDateTime('2026-11-22T20:56:52.123+00:00')).toBe('2026-11-23 04:56:52');
  });

  it('turns a picked day into the UTC bounds of that day in the company zone', () => {
    setCompanyTimeZone('Asia/Shanghai');
    const day = dayjs('2026-03-01');
    expect(startOfCompanyDay(day)).toBe('2026-02-28T16:00:00.000Z');
    expect(endOfCompanyDay(day)).toBe('2026-03-01T15:59:59.999Z');
  });

  it('keeps the previous zone when given an unknown one', () => {
    setCompanyTimeZone('Asia/Shanghai');
    setCompanyTimeZone('Not/AZone');
    expect(formatDateTime('2026-01-01T00:00:00Z')).toBe('2026-01-01 08:00:00');
  });
});
