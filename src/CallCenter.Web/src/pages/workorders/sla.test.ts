import { describe, expect, it } from 'vitest';
import { formatCountdown, slaState } from './sla';

const start = '2026-11-22T00:00:00Z';
const due = '2026-11-22T10:00:00Z'; // ten hours
const at = (iso: string) => new Date(iso);

describe('SLA countdown colours', () => {
  it('is ok before 80 % of the time is used', () => {
    const s = slaState({ startAt: start, dueAt: due }, at('2026-11-22T07:59:00Z'));
    expect(s.level).toBe('ok');
    expect(s.remainingMs).toBe((2 * 60 + 1) * 60_000);
  });

  it('warns from 80 % on', () => {
    expect(slaState({ startAt: start, dueAt: due }, at('2026-11-22T08:00:00Z')).level).toBe('warning');
    expect(slaState({ startAt: start, dueAt: due }, at('2026-11-22T09:59:59Z')).level).toBe('warning');
  });

  it('is breached at and after the deadline, with a negative remainder', () => {
    expect(slaState({ startAt: start, dueAt: due }, at('2026-11-22T10:00:00Z')).level).toBe('breached');
    const late = slaState({ startAt: start, dueAt: due }, at('2026-11-22T10:15:00Z'));
    expect(late.level).toBe('breached');
    expect(formatCountdown(late.remainingMs)).toBe('-00:15');
  });

  it("prefers the server's warning instant (business calendar) to the wall-clock 80 %", () => {
    const clock = { startAt: start, dueAt: due, warnAt: '2026-11-22T05:00:00Z' };
    expect(slaState(clock, at('2026-11-22T05:00:00Z')).level).toBe('warning');
    expect(slaState(clock, at('2026-11-22T04:59:00Z')).level).toBe('ok');
  });

  it('stops when done: met in time or breached late', () => {
    expect(slaState({ startAt: start, dueAt: due, doneAt: '2026-11-22T09:00:00Z' }, at('2026-11-23T00:00:00Z')).level).toBe('met');
    expect(slaState({ startAt: start, dueAt: due, doneAt: '2026-11-22T11:00:00Z' }, at('2026-11-22T11:00:00Z')).level).toBe('breached');
  });

  it('shows paused while waiting for the customer, unless already breached', () => {
    expect(slaState({ startAt: start, dueAt: due, paused: true }, at('2026-11-22T09:00:00Z')).level).toBe('paused');
    expect(slaState({ startAt: start, dueAt: due, paused: true }, at('2026-11-22T11:00:00Z')).level).toBe('breached');
  });

  it('has no level without a deadline', () => {
    expect(slaState({ startAt: start, dueAt: null }, at(start)).level).toBe('none');
  });

  it('formats days, hours and minutes', () => {
    expect(formatCountdown(((26 * 60) + 5) * 60_000)).toBe('1d 02:05');
    expect(formatCountdown(59_999)).toBe('00:00');
  });
});
