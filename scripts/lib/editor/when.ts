// How far away a moment is, the way editors say it ("over 3 u 20 min", "2 d 4 u geleden"), and a
// readable Amsterdam date-time. Browser-safe: the queue page and the CMS preview both use it.
export function relativeText(targetMs: number, nowMs: number): string {
  const ms = targetMs - nowMs;
  const minutes = Math.round(Math.abs(ms) / 60_000);
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  const rest = minutes % 60;
  const text = [days ? `${days} d` : '', hours ? `${hours} u` : '', !days && rest ? `${rest} min` : ''].filter(Boolean).join(' ');
  if (!text) return 'nu';
  return ms > 0 ? `over ${text}` : `${text} geleden`;
}

const READABLE = new Intl.DateTimeFormat('nl-NL', {
  timeZone: 'Europe/Amsterdam',
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});

/** "di 1 dec 2026, 18:30" in Amsterdam time. */
export function readableTime(date: Date): string {
  return READABLE.format(date);
}
