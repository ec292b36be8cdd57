import type { SlaInfo } from '../../api/workorders';

/** How close an order is to its running deadline, as the board colours it. */
export type SlaLevel = 'none' | 'ok' | 'warning' | 'breached' | 'met' | 'paused';

export interface SlaView {
  level: SlaLevel;
  /** Milliseconds to the running deadline (negative once breached); null without one. */
  remainingMs: number | null;
  dueAt: string | null;
}

/**
 * The server measures the share of allowed *business* time used (a night or a holiday does not count), so its
 * state decides warning and breach. Between two refreshes the clock still runs: once the wall clock passes the
 * deadline the order turns red at once, without waiting for the next fetch. Paused and met orders stand still.
 */
export function liveSla(info: SlaInfo | null | undefined, now: Date): SlaView {
  if (!info || info.state === 'None') return { level: 'none', remainingMs: null, dueAt: null };
  const dueAt = info.currentDueAt;
  const due = dueAt ? Date.parse(dueAt) : NaN;
  const remainingMs = Number.isNaN(due) ? null : due - now.getTime();
  if (info.state === 'Met') return { level: 'met', remainingMs: null, dueAt };
  if (info.state === 'Breached' || (remainingMs !== null && remainingMs <= 0)) return { level: 'breached', remainingMs, dueAt };
  if (info.state === 'Paused' || info.paused) return { level: 'paused', remainingMs, dueAt };
  const warned = info.state === 'Warning' || (info.percentUsed !== null && info.percentUsed >= info.warningPercent);
  return { level: warned ? 'warning' : 'ok', remainingMs, dueAt };
}

/** Compact countdown: "1d 02:05", "02:05", "-00:15" (hours:minutes of wall-clock time). */
export function formatCountdown(ms: number): string {
  const negative = ms < 0;
  const total = Math.floor(Math.abs(ms) / 60_000);
  const days = Math.floor(total / 1440);
  const hm = `${String(Math.floor((total % 1440) / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
  return `${negative ? '-' : ''}${days > 0 ? `${days}d ` : ''}${hm}`;
}

export const slaColors: Record<SlaLevel, string> = {
  none: 'default',
  ok: 'green',
  warning: 'orange',
  breached: 'red',
  met: 'blue',
  paused: 'default',
};

/** Sort key for the board: breached first, then warning, then the nearest deadline. */
export function slaUrgency(view: SlaView): number {
  const rank = { breached: 0, warning: 1, ok: 2, paused: 3, met: 4, none: 5 }[view.level];
  return rank * 1e13 + (view.remainingMs ?? 1e12);
}
