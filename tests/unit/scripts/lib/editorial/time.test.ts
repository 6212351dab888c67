import { describe, expect, it } from 'vitest';
import { formatAmsterdamIso, parseDuration, parseEditorialDateTime } from '#lib/editorial/index.ts';

describe('parseEditorialDateTime', () => {
  it.each([
    ['2026-12-01 20:30', '2026-12-01T19:30:00.000Z'],
    ['2026-07-01T09:00', '2026-07-01T07:00:00.000Z'],
    ['2026-10-25 01:59', '2026-10-24T23:59:00.000Z'],
    ['2026-10-25 02:30', '2026-10-25T00:30:00.000Z'],
    ['2026-10-25 03:00', '2026-10-25T02:00:00.000Z'],
    ['2027-03-28 01:59', '2027-03-28T00:59:00.000Z'],
    ['2027-03-28 03:00', '2027-03-28T01:00:00.000Z'],
    ['2026-12-01T20:30:00Z', '2026-12-01T20:30:00.000Z'],
    ['2026-12-01T20:30:00+05:00', '2026-12-01T15:30:00.000Z'],
  ])('reads %s as %s', (input, instant) => {
    expect(parseEditorialDateTime(input).toISOString()).toBe(instant);
  });

  it('refuses the hour skipped in spring and impossible dates', () => {
    expect(() => parseEditorialDateTime('2027-03-28 02:30', '--airs')).toThrow('--airs "2027-03-28 02:30" does not exist in Amsterdam');
    expect(() => parseEditorialDateTime('2026-02-30 10:00')).toThrow('is not a real date-time');
    expect(() => parseEditorialDateTime('morgen')).toThrow('write it like 2026-12-01 20:30');
  });
});

describe('formatAmsterdamIso', () => {
  it.each([
    ['2026-10-25T00:30:00Z', '2026-10-25T02:30:00+02:00'],
    ['2026-10-25T01:30:00Z', '2026-10-25T02:30:00+01:00'],
    ['2027-03-28T01:00:00Z', '2027-03-28T03:00:00+02:00'],
  ])('shows %s as %s', (instant, shown) => {
    expect(formatAmsterdamIso(new Date(instant))).toBe(shown);
  });
});

describe('parseDuration', () => {
  it.each([
    ['15m', 900_000],
    ['6h', 21_600_000],
    ['1h30m', 5_400_000],
    ['2d', 172_800_000],
    ['90s', 90_000],
  ])('%s is %i ms', (text, ms) => {
    expect(parseDuration(text)).toBe(ms);
  });

  it.each(['', '6', 'zes uur', '6h later'])('refuses "%s"', (text) => {
    expect(() => parseDuration(text)).toThrow('is not a duration');
  });
});
