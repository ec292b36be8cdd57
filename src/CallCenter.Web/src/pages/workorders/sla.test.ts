import { describe, expect, it } from 'vitest';
import type { SlaInfo } from '../../api/workorders';
import { formatCountdown, liveSla, slaUrgency } from './sla';

const due = '2026-11-22T10:00:00Z';
const info = (over: Partial<SlaInfo> = {}): SlaInfo => ({
  state: 'Ok',
  responseDueAt: due,
  resolutionDueAt: '2026-11-23T10:00:00Z',
  currentDueAt: due,
  percentUsed: 50,
  warningPercent: 80,
  roundTheClock: false,
  paused: false,
  pausedSince: null,
  ...over,
});
const at = (iso: string) => new Date(iso);

describe('SLA countdown colours', () => {
  it('is green below the warning share, with the time left', () => {
    const view = liveSla(info(), at('2026-11-22T07:59:00Z'));
    expect(view.level).toBe('ok');
    expect(view.remainingMs).toBe((2 * 60 + 1) * 60_000);
  });

  it('turns orange at 80 % of the business time used (the server measures it)', () => {
    expect(liveSla(info({ percentUsed: 80 }), at('2026-11-22T03:00:00Z')).level).toBe('warning');
    expect(liveSla(info({ state: 'Warning', percentUsed: 85 }), at('2026-11-22T03:00:00Z')).level).toBe('warning');
    expect(liveSla(info({ percentUsed: 79.9 }), at('2026-11-22T03:00:00Z')).level).toBe('ok');
  });

  it('honours a configured warning share other than 80 %', () => {
    expect(liveSla(info({ percentUsed: 60, warningPercent: 60 }), at('2026-11-22T03:00:00Z')).level).toBe('warning');
  });

  it('turns red as soon as the wall clock passes the deadline, before the next refresh', () => {
    const late = liveSla(info({ state: 'Warning', percentUsed: 99 }), at('2026-11-22T10:15:00Z'));
    expect(late.level).toBe('breached');
    expect(formatCountdown(late.remainingMs!)).toBe('-00:15');
    expect(liveSla(info(), at(due)).level).toBe('breached');
  });

  it('stays red when the server says breached', () => {
    expect(liveSla(info({ state: 'Breached', percentUsed: 120 }), at('2026-11-22T01:00:00Z')).level).toBe('breached');
  });

  it('stands still while paused for the customer, and once met', () => {
    expect(liveSla(info({ state: 'Paused', paused: true }), at('2026-11-22T09:00:00Z')).level).toBe('paused');
    expect(liveSla(info({ state: 'Met', currentDueAt: null }), at('2026-11-25T00:00:00Z'))).toEqual({
      level: 'met',
      remainingMs: null,
      dueAt: null,
    });
  });

  it('has no colour without an SLA', () => {
    expect(liveSla(info({ state: 'None' }), at(due)).level).toBe('none');
    expect(liveSla(undefined, at(due)).level).toBe('none');
  });

  it('sorts breached before warning before the nearest deadline', () => {
    const now = at('2026-11-22T05:00:00Z');
    const breached = slaUrgency(liveSla(info({ state: 'Breached' }), now));
    const warning = slaUrgency(liveSla(info({ state: 'Warning' }), now));
    const soon = slaUrgency(liveSla(info({ currentDueAt: '2026-11-22T06:00:00Z' }), now));
    const later = slaUrgency(liveSla(info(), now));
    expect([later, soon, warning, breached].sort((a, b) => a - b)).toEqual([breached, warning, soon, later]);
  });

  it('formats days, hours and minutes', () => {
    expect(formatCountdown((26 * 60 + 5) * 60_000)).toBe('1d 02:05');
    expect(formatCountdown(59_999)).toBe('00:00');
  });
});
