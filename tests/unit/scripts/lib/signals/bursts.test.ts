import { describe, expect, it } from 'vitest';
import { detectBursts, poissonUpperTail, weekSlots, weeklyProfile } from '#lib/signals/index.ts';
import { createRandom, poissonSample } from '#lib/synth/random.ts';

/** Monday 7 September 2026 00:00 in Amsterdam. */
const START = Date.parse('2026-09-06T22:00:00Z');
const WEEKS = 8;
const HOURS = WEEKS * 168;
const slots = weekSlots(START, HOURS);

/** Office rhythm: busy weekday mornings, quiet nights and weekends. */
function rhythm(slot: number): number {
  const day = Math.floor(slot / 24);
  const hour = slot % 24;
  const daily = hour < 7 ? 0.05 : hour < 12 ? 1.6 : hour < 18 ? 1.1 : hour < 23 ? 0.6 : 0.1;
  return daily * (day >= 5 ? 0.4 : 1);
}

function series(seed: number, rate: (h: number) => number): Float64Array {
  const random = createRandom(seed);
  return Float64Array.from({ length: HOURS }, (_, h) => poissonSample(random, rate(h)));
}

/** Everything together, for the rhythm: 40 questions an hour at the busiest. */
const total = series(1, (h) => 25 * rhythm(slots[h]!));
const profile = weeklyProfile(total, slots);

describe('weekSlots', () => {
  it('numbers hours of the Amsterdam week from Monday 00:00, across the change to winter time', () => {
    expect(slots[0]).toBe(0);
    expect(slots[9]).toBe(9);
    expect(slots[24 * 5 + 20]).toBe(5 * 24 + 20);
    // Sunday 25 October 2026, 03:00 summer time becomes 02:00: the week still has 168 hours by the clock.
    const afterChange = weekSlots(Date.parse('2026-10-26T00:00:00Z'), 1)[0];
    expect(afterChange).toBe(1);
  });
});

describe('weeklyProfile', () => {
  it('follows the rhythm of all questions and adds up to 1', () => {
    expect(profile.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
    const mondayTen = profile[10]!;
    const mondayThree = profile[3]!;
    const saturdayTen = profile[5 * 24 + 10]!;
    expect(mondayTen).toBeGreaterThan(10 * mondayThree);
    expect(mondayTen).toBeGreaterThan(2 * saturdayTen);
  });
});

describe('detectBursts', () => {
  it('finds nothing in eight weeks of ordinary weekly rhythm, in many topics', () => {
    for (let seed = 10; seed < 40; seed++) {
      const scale = 0.05 + (seed % 7) * 0.08;
      expect(
        detectBursts(
          series(seed, (h) => scale * rhythm(slots[h]!)),
          slots,
          profile,
        ),
      ).toEqual([]);
    }
  });

  it('does not call a peak that comes back every Monday morning a burst, where a plain threshold would', () => {
    const mondayPeak = (h: number): number => 0.15 * rhythm(slots[h]!) + (slots[h]! >= 8 && slots[h]! < 11 ? 4 : 0);
    const counts = series(7, mondayPeak);
    expect(detectBursts(counts, slots, profile)).toEqual([]);
    // mean + 3 standard deviations flags every Monday.
    const mean = counts.reduce((a, b) => a + b, 0) / HOURS;
    const sd = Math.sqrt(counts.reduce((a, b) => a + (b - mean) ** 2, 0) / HOURS);
    const flaggedWeeks = new Set([...counts.keys()].filter((h) => counts[h]! > mean + 3 * sd).map((h) => Math.floor(h / 168)));
    expect(flaggedWeeks.size).toBeGreaterThanOrEqual(WEEKS - 1);
  });

  it('finds a burst after a broadcast at 20:25 on a Monday within the hour, with its size', () => {
    const airs = 5 * 168 + 20; // week 6, Monday 20:00–21:00
    const counts = series(3, (h) => 0.2 * rhythm(slots[h]!));
    const planted = [9, 14, 6, 2];
    planted.forEach((extra, i) => (counts[airs + i] = counts[airs + i]! + extra));
    const bursts = detectBursts(counts, slots, profile);
    expect(bursts).toHaveLength(1);
    const [burst] = bursts;
    expect(burst!.start).toBe(airs);
    expect(burst!.detectedAt).toBe(airs);
    expect(burst!.count).toBeGreaterThanOrEqual(29);
    expect(burst!.expected).toBeLessThan(1);
  });

  it('finds an outage on a busy weekday morning in a topic that is asked every day', () => {
    const start = 3 * 168 + 2 * 24 + 8; // week 4, Wednesday 08:00
    const counts = series(4, (h) => 0.6 * rhythm(slots[h]!) + (h >= start && h < start + 5 ? 5 : 0));
    const bursts = detectBursts(counts, slots, profile);
    expect(bursts).toHaveLength(1);
    expect(bursts[0]!.start).toBeGreaterThanOrEqual(start);
    expect(bursts[0]!.detectedAt - start).toBeLessThanOrEqual(1);
  });

  it('finds a topic that only exists in one burst (a wrong e-mail to customers)', () => {
    const counts = new Float64Array(HOURS);
    const start = 6 * 168 + 24 + 9; // week 7, Tuesday 09:00
    [3, 8, 6, 3].forEach((n, i) => (counts[start + i] = n));
    const [burst] = detectBursts(counts, slots, profile);
    expect(burst).toMatchObject({ start, end: start + 4, count: 20 });
  });

  it('ignores a handful of questions in a quiet topic (at least five are needed)', () => {
    const counts = new Float64Array(HOURS);
    counts[500] = 3;
    counts[501] = 1;
    expect(detectBursts(counts, slots, profile)).toEqual([]);
  });
});

describe('poissonUpperTail', () => {
  it.each([
    [0, 2, 1],
    [1, 1, 1 - Math.exp(-1)],
    [3, 1, 1 - Math.exp(-1) * (1 + 1 + 0.5)],
  ])('P(X ≥ %i | mean %f)', (k, mean, expected) => {
    expect(poissonUpperTail(k, mean)).toBeCloseTo(expected, 10);
  });

  it('is tiny for 20 questions where 0.5 were expected', () => {
    expect(poissonUpperTail(20, 0.5)).toBeLessThan(1e-20);
  });
});
