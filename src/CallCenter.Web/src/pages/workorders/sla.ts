/** How close an order is to its deadline, as the board colours it. */
export type SlaLevel = 'none' | 'ok' | 'warning' | 'breached' | 'met' | 'paused';

export interface SlaClock {
  /** When the clock started (dispatch for the response deadline, creation for resolution). */
  startAt: string | null | undefined;
  dueAt: string | null | undefined;
  /**
   * The server's warning instant when it sends one: on a business calendar 80 % of the working time is not 80 %
   * of the wall-clock span (a night or a holiday in between), so the server's figure wins over ours.
   */
  warnAt?: string | null;
  /** Set when the deadline was met (accepted / resolved): the countdown stops. */
  doneAt?: string | null;
  /** Waiting for the customer: the clock stands still. */
  paused?: boolean;
}

export interface SlaState {
  level: SlaLevel;
  /** Milliseconds to the deadline; negative once breached. */
  remainingMs: number;
  /** Share of the allowed time used, 0..1+ (1 = the deadline). */
  used: number;
}

export const warningShare = 0.8;

export function slaState(clock: SlaClock, now: Date): SlaState {
  if (!clock.dueAt) return { level: 'none', remainingMs: 0, used: 0 };
  const due = Date.parse(clock.dueAt);
  const start = clock.startAt ? Date.parse(clock.startAt) : NaN;
  const at = clock.doneAt ? Date.parse(clock.doneAt) : now.getTime();
  const span = Number.isNaN(start) ? NaN : due - start;
  const used = span > 0 ? (at - start) / span : at >= due ? 1 : 0;
  const remainingMs = due - at;
  if (clock.doneAt) return { level: at <= due ? 'met' : 'breached', remainingMs, used };
  if (at >= due) return { level: 'breached', remainingMs, used };
  if (clock.paused) return { level: 'paused', remainingMs, used };
  const warnAt = clock.warnAt ? Date.parse(clock.warnAt) : Number.isNaN(span) ? NaN : start + span * warningShare;
  return { level: !Number.isNaN(warnAt) && at >= warnAt ? 'warning' : 'ok', remainingMs, used };
}

/** "2小时05分" / "-0:15" style is left to the caller's words; this gives the parts. */
export function splitDuration(ms: number): { negative: boolean; days: number; hours: number; minutes: number } {
  const negative = ms < 0;
  const total = Math.floor(Math.abs(ms) / 60_000);
  return { negative, days: Math.floor(total / 1440), hours: Math.floor((total % 1440) / 60), minutes: total % 60 };
}

/** Compact countdown: "1d 02:05", "02:05", "-00:15" (hours:minutes). */
export function formatCountdown(ms: number): string {
  const { negative, days, hours, minutes } = splitDuration(ms);
  const hm = `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
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
