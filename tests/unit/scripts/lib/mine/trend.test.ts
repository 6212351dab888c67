import { describe, expect, it } from 'vitest';
import { isoWeek, trendOf } from '#lib/mine/index.ts';
import { weeklyCounts } from '#lib/mine/trend.ts';

const DAY = 86_400_000;
const start = Date.parse('2026-08-31T10:00:00Z'); // a Monday, ISO week 36
const at = (week: number, day = 0): number => start + (week * 7 + day) * DAY;

describe('isoWeek', () => {
  it.each([
    ['2026-08-31T10:00:00Z', '2026-W36'],
    ['2021-01-03T12:00:00Z', '2020-W53'],
    ['2024-12-30T12:00:00Z', '2025-W01'],
  ])('%s is in %s', (date, week) => {
    expect(isoWeek(new Date(date))).toBe(week);
  });
});

describe('weeklyCounts', () => {
  it('counts per ISO week and fills empty weeks', () => {
    expect(weeklyCounts([at(0), at(0, 2), at(2)])).toEqual([
      { week: '2026-W36', count: 2 },
      { week: '2026-W37', count: 0 },
      { week: '2026-W38', count: 1 },
    ]);
  });
});

describe('trendOf', () => {
  const end = at(11, 6);
  it('is rising when the last weeks have more questions than before', () => {
    const times = [...Array.from({ length: 8 }, (_, w) => at(w)), ...Array.from({ length: 12 }, (_, i) => at(8 + (i % 4), 1))];
    const trend = trendOf(times, start, end);
    expect(trend.trendDirection).toBe('rising');
    expect(trend.trend).toBeGreaterThan(1);
  });
  it('is falling when questions stopped', () => {
    const times = Array.from({ length: 24 }, (_, i) => at(i % 8, 2));
    expect(trendOf(times, start, end)).toEqual({ trend: -1, trendDirection: 'falling' });
  });
  it('is stable for a steady rate', () => {
    const times = Array.from({ length: 12 }, (_, w) => [at(w), at(w, 3)]).flat();
    expect(trendOf(times, start, end).trendDirection).toBe('stable');
  });
  it('stays stable for tiny changes', () => {
    expect(trendOf([at(10)], start, end).trendDirection).toBe('stable');
  });
});
