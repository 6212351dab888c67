// Dates editors type are Amsterdam wall-clock times; everything stored and compared is an instant.
// Converting needs the zone's offset at that moment, which changes twice a year (DST).
import { InputError } from '../errors.ts';

export const EDITORIAL_TIME_ZONE = 'Europe/Amsterdam';

const LOCAL_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{1,2}):(\d{2})(?::(\d{2}))?$/;
const HAS_OFFSET = /(?:Z|[+-]\d{2}:?\d{2})$/i;
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

const offsetFormat = new Intl.DateTimeFormat('en-US', { timeZone: EDITORIAL_TIME_ZONE, timeZoneName: 'longOffset' });
const partsFormat = new Intl.DateTimeFormat('en-CA', {
  timeZone: EDITORIAL_TIME_ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

/** Minutes east of UTC in Amsterdam at `instant`: 60 in winter, 120 in summer. */
export function amsterdamOffsetMinutes(instant: Date): number {
  const name = offsetFormat.formatToParts(instant).find((part) => part.type === 'timeZoneName')?.value ?? 'GMT';
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(name);
  if (!match) return 0;
  return (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3]));
}

/**
 * Reads a date-time an editor typed: with an offset or Z it is taken as is, without one it is
 * Amsterdam wall-clock time ("2026-12-01 20:30"). A time skipped by the spring DST change is
 * refused; a time that occurs twice in autumn is read as the first (summer-time) one.
 */
export function parseEditorialDateTime(text: string, what = 'date-time'): Date {
  const input = text.trim();
  if (HAS_OFFSET.test(input)) {
    const date = new Date(input);
    if (Number.isNaN(date.getTime())) throw new InputError(`${what} "${text}" is not a date-time`);
    return date;
  }
  const match = LOCAL_DATE_TIME.exec(input) ?? (DATE_ONLY.test(input) ? LOCAL_DATE_TIME.exec(`${input} 00:00`) : null);
  if (!match) {
    throw new InputError(`${what} "${text}" is not a date-time; write it like 2026-12-01 20:30 (Amsterdam time)`);
  }
  const [year, month, day, hour, minute, second] = match.slice(1).map((part) => Number(part ?? 0)) as number[];
  const wallClock = Date.UTC(year!, month! - 1, day!, hour!, minute!, second!);
  const check = new Date(wallClock);
  if (check.getUTCMonth() !== month! - 1 || check.getUTCDate() !== day! || hour! > 23) {
    throw new InputError(`${what} "${text}" is not a real date-time`);
  }
  for (const offset of [120, 60]) {
    const instant = new Date(wallClock - offset * 60_000);
    if (amsterdamOffsetMinutes(instant) === offset) return instant;
  }
  throw new InputError(`${what} "${text}" does not exist in Amsterdam: the clocks jump from 02:00 to 03:00 that night; pick another time`);
}

/** An instant as Amsterdam wall-clock time with its offset: 2026-12-01T20:30:00+01:00. */
export function formatAmsterdamIso(instant: Date): string {
  const parts = Object.fromEntries(partsFormat.formatToParts(instant).map((part) => [part.type, part.value]));
  const offset = amsterdamOffsetMinutes(instant);
  const sign = offset < 0 ? '-' : '+';
  const hours = String(Math.floor(Math.abs(offset) / 60)).padStart(2, '0');
  const minutes = String(Math.abs(offset) % 60).padStart(2, '0');
  return `${parts['year']}-${parts['month']}-${parts['day']}T${parts['hour']}:${parts['minute']}:${parts['second']}${sign}${hours}:${minutes}`;
}

const DURATION_PART = /(\d+(?:\.\d+)?)\s*(d|h|m|s)/gy;
const UNIT_MS: Readonly<Record<string, number>> = { d: 86_400_000, h: 3_600_000, m: 60_000, s: 1000 };

/** "6h", "15m", "1h30m", "2d" → milliseconds. */
export function parseDuration(text: string): number {
  const input = text.trim().toLowerCase();
  DURATION_PART.lastIndex = 0;
  let total = 0;
  let consumed = 0;
  for (let match = DURATION_PART.exec(input); match; match = DURATION_PART.exec(input)) {
    total += Number(match[1]) * (UNIT_MS[match[2]!] ?? 0);
    consumed = DURATION_PART.lastIndex;
  }
  if (input === '' || consumed !== input.length) {
    throw new InputError(`"${text}" is not a duration; write it like 15m, 6h, 1h30m or 2d`);
  }
  return total;
}
