import { describe, expect, it } from 'vitest';
import { timeSpanSeconds } from '../../api/desk';
import { formatClock, secondsSince } from './deskTime';

describe('desk times', () => {
  it('reads .NET TimeSpans as the hub sends them', () => {
    expect(timeSpanSeconds('00:01:05')).toBe(65);
    expect(timeSpanSeconds('01:00:00.5000000')).toBe(3600.5);
    expect(timeSpanSeconds('1.02:00:00')).toBe(93600);
    expect(timeSpanSeconds('garbage')).toBe(0);
  });

  it('shows m:ss, and h:mm:ss past an hour', () => {
    expect(formatClock(0)).toBe('0:00');
    expect(formatClock(65.9)).toBe('1:05');
    expect(formatClock(3725)).toBe('1:02:05');
    expect(formatClock(-3)).toBe('0:00');
  });

  it('never counts backwards when the browser clock is behind', () => {
    const now = new Date('2026-12-07T12:00:00Z');
    expect(secondsSince('2026-12-07T11:59:30Z', now)).toBe(30);
    expect(secondsSince('2026-12-07T12:00:05Z', now)).toBe(0);
  });
});
