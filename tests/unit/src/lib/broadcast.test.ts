import { describe, expect, it } from 'vitest';
import { isOnAir, newestFirst, onAirWindow, resolveRelated, upcomingOrOnAir } from '#site/lib/broadcast.ts';

const airsAt = new Date('2026-12-01T20:30:00+01:00');
const at = (iso: string) => new Date(iso);

describe('onAirWindow and isOnAir', () => {
  it('runs from airsAt for three hours', () => {
    expect(onAirWindow(airsAt).end.toISOString()).toBe('2026-12-01T22:30:00.000Z');
  });
  it.each([
    ['one minute before airing', '2026-12-01T20:29:00+01:00', false],
    ['at airsAt', '2026-12-01T20:30:00+01:00', true],
    ['2 h 59 after', '2026-12-01T23:29:00+01:00', true],
    ['exactly 3 h after', '2026-12-01T23:30:00+01:00', false],
  ])('%s → %s', (_name, now, expected) => {
    expect(isOnAir(airsAt, at(now))).toBe(expected);
  });
  it('spans the autumn clock change by real hours, not wall-clock hours', () => {
    // 25 October 2026: 03:00 CEST becomes 02:00 CET. Airing at 01:30 CEST ends at 03:30 CET.
    const night = at('2026-10-25T01:30:00+02:00');
    expect(isOnAir(night, at('2026-10-25T03:29:00+01:00'))).toBe(true);
    expect(isOnAir(night, at('2026-10-25T03:30:00+01:00'))).toBe(false);
  });
});

describe('upcomingOrOnAir', () => {
  const entry = (iso: string) => ({ data: { airsAt: at(iso) } });
  it('picks the earliest broadcast whose window has not ended', () => {
    const past = entry('2026-11-01T20:00:00+01:00');
    const later = entry('2026-12-08T20:00:00+01:00');
    const soon = entry('2026-12-01T20:30:00+01:00');
    expect(upcomingOrOnAir([past, later, soon], at('2026-12-01T21:00:00+01:00'))).toBe(soon);
  });
  it('is undefined once every window is over', () => {
    expect(upcomingOrOnAir([entry('2026-11-01T20:00:00+01:00')], at('2026-11-01T23:00:00+01:00'))).toBeUndefined();
  });
});

describe('newestFirst', () => {
  it('orders updates newest first and keeps file order for equal times', () => {
    const a = { at: at('2026-11-10T12:00:00+01:00'), text: 'a' };
    const b = { at: at('2026-11-16T15:00:00+01:00'), text: 'b' };
    const c = { at: at('2026-11-10T12:00:00+01:00'), text: 'c' };
    expect(newestFirst([a, b, c]).map((u) => u.text)).toEqual(['b', 'a', 'c']);
  });
});

describe('resolveRelated', () => {
  it('keeps the named order, drops unknown keys and duplicates', () => {
    const table: Record<string, string> = { x: 'X', y: 'Y', t7rm: 'X' };
    expect(resolveRelated(['y', 'geheim', 'x', 't7rm'], (key) => table[key])).toEqual(['Y', 'X']);
  });
});
