// Timestamps → ISO 8601 with the Europe/Amsterdam offset. Exports mostly carry naive local times
// ("12-03-2024 14:05"); those are read as Amsterdam wall-clock time, with the EU summer-time rule
// (last Sunday of March to last Sunday of October, switching at 01:00 UTC) applied by arithmetic.

import { lastSundayUtc } from '#core/time.ts';

const HOUR = 3_600_000;

const summerByYear = new Map<number, [number, number]>();

function isSummerTime(utcMs: number): boolean {
  const year = new Date(utcMs).getUTCFullYear();
  let range = summerByYear.get(year);
  if (!range) {
    // Before 1996 summer time in the Netherlands ended on the last Sunday of September.
    range = [lastSundayUtc(year, 2), year < 1996 ? lastSundayUtc(year, 8) : lastSundayUtc(year, 9)];
    summerByYear.set(year, range);
  }
  return utcMs >= range[0] && utcMs < range[1];
}

const pad = (value: number, length = 2): string => String(value).padStart(length, '0');

/** An instant as Amsterdam wall-clock time with its offset: "2024-03-12T14:05:00+01:00". */
export function instantToIso(utcMs: number): string | null {
  if (!Number.isFinite(utcMs)) return null;
  const offsetHours = isSummerTime(utcMs) ? 2 : 1;
  const local = new Date(utcMs + offsetHours * HOUR);
  const year = local.getUTCFullYear();
  if (year < 1970 || year > 2200) return null;
  return (
    `${pad(year, 4)}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}T` +
    `${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}:${pad(local.getUTCSeconds())}+0${offsetHours}:00`
  );
}

/** Amsterdam wall-clock time → instant; in the autumn's repeated hour the first (summer) one wins. */
export function amsterdamToInstant(year: number, month: number, day: number, hour = 0, minute = 0, second = 0): number | null {
  if (month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59 || second > 60) return null;
  const wallClock = Date.UTC(year, month - 1, day, hour, minute, Math.min(second, 59));
  if (new Date(wallClock).getUTCDate() !== day) return null;
  const asSummer = wallClock - 2 * HOUR;
  return isSummerTime(asSummer) ? asSummer : wallClock - HOUR;
}

const MONTHS: Record<string, number> = {
  jan: 1,
  januari: 1,
  january: 1,
  feb: 2,
  februari: 2,
  february: 2,
  mrt: 3,
  mar: 3,
  maart: 3,
  march: 3,
  apr: 4,
  april: 4,
  mei: 5,
  may: 5,
  jun: 6,
  juni: 6,
  june: 6,
  jul: 7,
  juli: 7,
  july: 7,
  aug: 8,
  augustus: 8,
  august: 8,
  sep: 9,
  sept: 9,
  september: 9,
  okt: 10,
  oct: 10,
  oktober: 10,
  october: 10,
  nov: 11,
  november: 11,
  dec: 12,
  december: 12,
};

export type DayOrder = 'dmy' | 'mdy';

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/iu;
const NUMERIC = /^(\d{1,4})[-/.](\d{1,2})[-/.](\d{1,4}),?\s*(?:(?:om|at)\s+)?(?:(\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?\s*([ap]\.?\s?m\.?)?)?$/iu;
const TWITTER = /^\w{3} (\w{3}) (\d{1,2}) (\d{2}):(\d{2}):(\d{2}) ([+-]\d{4}) (\d{4})$/u;
const WORDY = /^(\d{1,2})\s+([a-z]+)\.?\s+(\d{4})(?:,?\s+(\d{1,2})[:.](\d{2})(?::(\d{2}))?)?$/iu;

/**
 * Reads the date notations webcare exports use: ISO 8601 (with or without offset), "12-03-2024
 * 14:05", "12/03/2024, 2:05 PM", "2024/03/12", X's "Tue Oct 31 22:10:47 +0000 2017", "12 maart
 * 2024 14:05" and epoch seconds or milliseconds. Null when the value is not a readable date.
 */
export function parseTimestamp(raw: string, order: DayOrder = 'dmy'): string | null {
  // Exports are sorted by time, so the same minute often repeats on consecutive rows.
  if (raw === lastInput && order === lastOrder) return lastOutput;
  const result = parseUncached(raw, order);
  lastInput = raw;
  lastOrder = order;
  lastOutput = result;
  return result;
}

let lastInput = '';
let lastOrder: DayOrder = 'dmy';
let lastOutput: string | null = null;

function parseUncached(raw: string, order: DayOrder): string | null {
  const value = raw.trim();
  if (value === '') return null;
  if (/^\d{10}(?:\.\d+)?$/u.test(value)) return instantToIso(Number(value) * 1000);
  if (/^\d{13}$/u.test(value)) return instantToIso(Number(value));
  let m = ISO.exec(value);
  if (m) {
    const [, y, mo, d, h = '0', mi = '0', s = '0', zone] = m;
    if (zone) {
      const offset = zone.toUpperCase() === 'Z' ? 'Z' : `${zone.slice(0, 3)}:${zone.slice(-2)}`;
      return instantToIso(Date.parse(`${y}-${mo}-${d}T${pad(Number(h))}:${mi}:${pad(Number(s))}${offset}`));
    }
    return localToIso(Number(y), Number(mo), Number(d), Number(h), Number(mi), Number(s));
  }
  m = TWITTER.exec(value);
  if (m) {
    const [, mon = '', d, h, mi, s, zone = '+0000', y] = m;
    const month = MONTHS[mon.toLowerCase()];
    if (!month) return null;
    return instantToIso(Date.parse(`${y}-${pad(month)}-${pad(Number(d))}T${h}:${mi}:${s}${zone.slice(0, 3)}:${zone.slice(3)}`));
  }
  m = NUMERIC.exec(value);
  if (m) {
    const [, a = '', b = '', c = '', h, mi, s, meridiem] = m;
    const [year, month, day] =
      a.length === 4 ? [Number(a), Number(b), Number(c)] : order === 'mdy' ? [fullYear(c), Number(a), Number(b)] : [fullYear(c), Number(b), Number(a)];
    return localToIso(year, month, day, to24h(Number(h ?? 0), meridiem), Number(mi ?? 0), Number(s ?? 0));
  }
  m = WORDY.exec(value);
  if (m) {
    const [, d, mon = '', y, h, mi, s] = m;
    const month = MONTHS[mon.toLowerCase()];
    if (!month) return null;
    return localToIso(Number(y), month, Number(d), Number(h ?? 0), Number(mi ?? 0), Number(s ?? 0));
  }
  return null;
}

export function localToIso(year: number, month: number, day: number, hour = 0, minute = 0, second = 0): string | null {
  const instant = amsterdamToInstant(year, month, day, hour, minute, second);
  return instant === null ? null : instantToIso(instant);
}

export function fullYear(raw: string): number {
  const year = Number(raw);
  return raw.length <= 2 ? 2000 + year : year;
}

export function to24h(hour: number, meridiem: string | undefined): number {
  if (!meridiem) return hour;
  const pm = meridiem.toLowerCase().startsWith('p');
  if (hour === 12) return pm ? 12 : 0;
  return pm ? hour + 12 : hour;
}
