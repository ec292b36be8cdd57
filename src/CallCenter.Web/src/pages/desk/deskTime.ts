/** Seconds as "m:ss" (or "h:mm:ss" past an hour): the way a call centre reads time in state and talk time. */
export function formatClock(totalSeconds: number): string {
  const s = Math.max(0, Math.floor(totalSeconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const sec = String(s % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${sec}` : `${m}:${sec}`;
}

/** Seconds from an ISO time until now (never negative: the browser's clock may run a little behind the server's). */
export function secondsSince(iso: string | null | undefined, now: Date): number {
  if (!iso) return 0;
  return Math.max(0, (now.getTime() - new Date(iso).getTime()) / 1000);
}
