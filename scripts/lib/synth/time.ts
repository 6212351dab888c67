// Europe/Amsterdam wall-clock time without Intl: the EU rule (summer time from the last Sunday of
// March to the last Sunday of October, switching at 01:00 UTC) is all the generator needs, and it
// is much faster than Intl.DateTimeFormat for a million rows.

import { lastSundayUtc } from '#core/time.ts';

const HOUR = 3_600_000;
const transitions = new Map<number, readonly [number, number]>();

function summerTime(year: number): readonly [number, number] {
  let range = transitions.get(year);
  if (!range) {
    range = [lastSundayUtc(year, 2), lastSundayUtc(year, 9)] as const;
    transitions.set(year, range);
  }
  return range;
}

/** Offset of Amsterdam time from UTC at the instant `utcMs`, in hours (1 or 2). */
export function amsterdamOffsetHours(utcMs: number): 1 | 2 {
  const [start, end] = summerTime(new Date(utcMs).getUTCFullYear());
  return utcMs >= start && utcMs < end ? 2 : 1;
}

/** The wall-clock fields of `utcMs` in Amsterdam. */
export function amsterdamParts(utcMs: number): {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  weekday: number;
  offset: 1 | 2;
} {
  const offset = amsterdamOffsetHours(utcMs);
  const local = new Date(utcMs + offset * HOUR);
  return {
    year: local.getUTCFullYear(),
    month: local.getUTCMonth() + 1,
    day: local.getUTCDate(),
    hour: local.getUTCHours(),
    minute: local.getUTCMinutes(),
    second: local.getUTCSeconds(),
    weekday: (local.getUTCDay() + 6) % 7, // 0 = Monday
    offset,
  };
}

/** The UTC instant of an Amsterdam wall-clock time (the later one when the clock repeats an hour). */
export function amsterdamToUtc(year: number, month: number, day: number, hour: number, minute = 0): number {
  const guess = Date.UTC(year, month - 1, day, hour, minute);
  const winter = guess - HOUR;
  return amsterdamOffsetHours(guess - 2 * HOUR) === 2 ? guess - 2 * HOUR : winter;
}

const pad = (n: number): string => (n < 10 ? `0${n}` : String(n));

/** ISO 8601 with the Amsterdam offset: 2026-10-21T08:05:09+02:00. */
export function toAmsterdamIso(utcMs: number): string {
  const p = amsterdamParts(utcMs);
  return `${p.year}-${pad(p.month)}-${pad(p.day)}T${pad(p.hour)}:${pad(p.minute)}:${pad(p.second)}+0${p.offset}:00`;
}

/** Dutch spreadsheet date as webcare tools export it: 21-10-2026 08:05 (wall clock, no offset). */
export function toDutchDateTime(utcMs: number): string {
  const p = amsterdamParts(utcMs);
  return `${pad(p.day)}-${pad(p.month)}-${p.year} ${pad(p.hour)}:${pad(p.minute)}`;
}
