import { describe, expect, it } from 'vitest';
import { amsterdamToUtc, toAmsterdamIso, toDutchDateTime } from '#lib/synth/time.ts';

describe('toAmsterdamIso', () => {
  it.each([
    ['2026-03-29T00:59:59Z', '2026-03-29T01:59:59+01:00'],
    ['2026-03-29T01:00:00Z', '2026-03-29T03:00:00+02:00'],
    ['2026-10-25T00:59:59Z', '2026-10-25T02:59:59+02:00'],
    ['2026-10-25T01:00:00Z', '2026-10-25T02:00:00+01:00'],
    ['2026-12-31T23:30:00Z', '2027-01-01T00:30:00+01:00'],
  ])('writes %s as %s', (utc, expected) => {
    expect(toAmsterdamIso(Date.parse(utc))).toBe(expected);
    expect(Date.parse(expected)).toBe(Date.parse(utc));
  });
});

describe('amsterdamToUtc', () => {
  it('reads summer and winter wall-clock times', () => {
    expect(new Date(amsterdamToUtc(2026, 10, 21, 7, 40)).toISOString()).toBe('2026-10-21T05:40:00.000Z');
    expect(new Date(amsterdamToUtc(2026, 11, 9, 20, 25)).toISOString()).toBe('2026-11-09T19:25:00.000Z');
  });
});

describe('toDutchDateTime', () => {
  it('writes day-month-year and minutes', () => {
    expect(toDutchDateTime(Date.parse('2026-09-01T06:05:59Z'))).toBe('01-09-2026 08:05');
  });
});
