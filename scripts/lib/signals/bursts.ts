// Bursts in hourly question counts that the weekly rhythm does not explain.
//
// Method: an expectation-based Poisson scan statistic (Neill, Moore, Sabhnani & Daniel, "Detection
// of emerging space-time clusters", KDD 2005; the Poisson scan of Kulldorff, "Prospective time
// periodic geographical disease surveillance using a scan statistic", J. R. Stat. Soc. A 164, 2001)
// over short windows ending at each hour, against a baseline that carries the weekly rhythm:
//   expected(t) = max(level(week) × profile(hour of week),  ownSlot(hour of week))
// - profile: the share of all questions asked in each of the 168 hours of an Amsterdam week, the
//   median over the weeks of the export (robust to the bursts themselves), lightly smoothed;
// - level: the topic's median weekly count over the surrounding weeks (robust to one burst week);
// - ownSlot: the topic's own mean count in that hour of the week with its largest week left out,
//   so a topic that peaks every Monday morning (invoices) expects that peak, while a single burst
//   never raises its own baseline.
// A window of 1 to 6 hours is a burst when its count is at least `minCount`, at least `ratio` times
// what was expected, and improbably high for a Poisson count with that expectation (upper tail
// below `alpha`, which also keeps false alarms rare over thousands of hours and topics). Flagged
// windows that touch become one burst, cut to its most unusual stretch (the scan statistic's
// likelihood ratio); it is detected at the end of the first flagged window. The defaults were
// chosen with `npm run bench -- spikes` on seeds 1–20 and checked on seeds 100–119 and 200–219.
// Pure: counts in, bursts out.

const HOUR = 3_600_000;
const WEEK_HOURS = 168;

export type BurstOptions = {
  /** Fewest questions in a window to call it a burst. */
  minCount: number;
  /** How many times the expected count a window must reach. */
  ratio: number;
  /** Upper-tail probability under the baseline below which a window is improbable. */
  alpha: number;
  /** Window lengths in hours. */
  windows: readonly number[];
};

export const DEFAULT_BURST_OPTIONS: BurstOptions = { minCount: 5, ratio: 3, alpha: 1e-5, windows: [1, 2, 3, 4, 6] };

/** A burst in hour indices of the series (0 = the series' first hour). */
export type Burst = {
  /** First hour of the burst (the first flagged hour with more than expected). */
  start: number;
  /** One past the last hour. */
  end: number;
  /** The hour whose end is the first moment the burst could be seen (end of the first flagged window). */
  detectedAt: number;
  count: number;
  expected: number;
  peak: number;
};

/** Hour-of-week slot (0 = Monday 00:00–01:00 Amsterdam time) of each hour from `startMs` on. */
export function weekSlots(startMs: number, hours: number): Uint8Array {
  const slots = new Uint8Array(hours);
  for (let h = 0; h < hours; h++) {
    const at = startMs + h * HOUR;
    const local = new Date(at + amsterdamOffsetHours(at) * HOUR);
    slots[h] = ((local.getUTCDay() + 6) % 7) * 24 + local.getUTCHours();
  }
  return slots;
}

/**
 * The weekly rhythm of all questions together: per hour of the week, the median over the weeks of
 * that hour's share of its week, smoothed over the neighbouring hours; the shares add up to 1.
 */
export function weeklyProfile(total: ArrayLike<number>, slots: Uint8Array): Float64Array {
  const hours = slots.length;
  const perSlot: number[][] = Array.from({ length: WEEK_HOURS }, () => []);
  for (let from = 0; from < hours; from += WEEK_HOURS) {
    const to = Math.min(hours, from + WEEK_HOURS);
    if (to - from < WEEK_HOURS) break;
    let sum = 0;
    for (let h = from; h < to; h++) sum += total[h] ?? 0;
    if (sum === 0) continue;
    for (let h = from; h < to; h++) perSlot[slots[h]!]!.push((total[h] ?? 0) / sum);
  }
  const raw = new Float64Array(WEEK_HOURS);
  const anyWeek = perSlot[0]!.length > 0;
  for (let s = 0; s < WEEK_HOURS; s++) raw[s] = anyWeek ? median(perSlot[s]!) : 1 / WEEK_HOURS;
  // A little smoothing, and a floor, so a quiet night hour is never expected to be empty.
  const smooth = new Float64Array(WEEK_HOURS);
  let sum = 0;
  for (let s = 0; s < WEEK_HOURS; s++) {
    const value = 0.25 * raw[(s + WEEK_HOURS - 1) % WEEK_HOURS]! + 0.5 * raw[s]! + 0.25 * raw[(s + 1) % WEEK_HOURS]!;
    smooth[s] = Math.max(value, 0.1 / WEEK_HOURS);
    sum += smooth[s]!;
  }
  for (let s = 0; s < WEEK_HOURS; s++) smooth[s] = smooth[s]! / sum;
  return smooth;
}

/** What the weekly rhythm and the topic's own habits lead one to expect in each hour. */
export function expectedCounts(counts: ArrayLike<number>, slots: Uint8Array, profile: Float64Array): Float64Array {
  const hours = slots.length;
  const weeks = Math.ceil(hours / WEEK_HOURS);
  const weekly = new Float64Array(weeks);
  for (let h = 0; h < hours; h++) weekly[Math.floor(h / WEEK_HOURS)]! += counts[h] ?? 0;
  // A partial last week is scaled up, so it does not drag the level down.
  const lastLength = hours - (weeks - 1) * WEEK_HOURS;
  if (weeks > 1 && lastLength < WEEK_HOURS) weekly[weeks - 1] = (weekly[weeks - 1]! * WEEK_HOURS) / lastLength;
  const level = new Float64Array(weeks);
  for (let w = 0; w < weeks; w++) {
    const around: number[] = [];
    for (let v = Math.max(0, w - 3); v <= Math.min(weeks - 1, w + 3); v++) around.push(weekly[v]!);
    level[w] = median(around);
  }
  const own = ownSlotMeans(counts, slots, weeks);
  const total = weekly.reduce((a, b) => a + b, 0);
  // Even a topic that is never asked could be asked once: a floor of a tenth of its mean hour.
  const floor = Math.max(0.002, (0.1 * total) / Math.max(1, hours));
  const expected = new Float64Array(hours);
  for (let h = 0; h < hours; h++) {
    const slot = slots[h]!;
    expected[h] = Math.max(level[Math.floor(h / WEEK_HOURS)]! * profile[slot]!, own[slot]!, floor);
  }
  return expected;
}

/** Bursts in one topic's hourly counts (dense, one number per hour of `slots`). */
export function detectBursts(counts: ArrayLike<number>, slots: Uint8Array, profile: Float64Array, options: BurstOptions = DEFAULT_BURST_OPTIONS): Burst[] {
  const hours = slots.length;
  const expected = expectedCounts(counts, slots, profile);
  const segments: { from: number; to: number; detectedAt: number }[] = [];
  for (let t = 0; t < hours; t++) {
    for (const length of options.windows) {
      const from = t - length + 1;
      if (from < 0) continue;
      let observed = 0;
      let mean = 0;
      for (let h = from; h <= t; h++) {
        observed += counts[h] ?? 0;
        mean += expected[h]!;
      }
      if (observed < options.minCount || observed < options.ratio * mean) continue;
      if (poissonUpperTail(observed, mean) > options.alpha) continue;
      const last = segments[segments.length - 1];
      if (last && from <= last.to + 1) {
        last.from = Math.min(last.from, from);
        last.to = Math.max(last.to, t);
      } else segments.push({ from, to: t, detectedAt: t });
    }
  }
  return segments.map(({ from, to, detectedAt }) => {
    // The burst proper is the stretch of the flagged hours that is most unusual, by the scan
    // statistic's own likelihood ratio: ordinary hours that a long window happened to include
    // (a busy morning before an afternoon outage) fall away.
    const { start, end } = mostUnusual(counts, expected, from, to, options.minCount);
    let count = 0;
    let mean = 0;
    let peak = start;
    for (let h = start; h < end; h++) {
      count += counts[h] ?? 0;
      mean += expected[h]!;
      if ((counts[h] ?? 0) > (counts[peak] ?? 0)) peak = h;
    }
    return { start, end, detectedAt: Math.max(detectedAt, start), count, expected: mean, peak };
  });
}

/** Log-likelihood ratio of a Poisson count `observed` against `mean` (0 when not above it). */
export function poissonLikelihoodRatio(observed: number, mean: number): number {
  if (observed <= mean) return 0;
  return observed * Math.log(observed / mean) - (observed - mean);
}

/** P(X ≥ k) for X ~ Poisson(mean), summed in log space from k up (k well above the mean here). */
export function poissonUpperTail(k: number, mean: number): number {
  if (k <= 0) return 1;
  if (mean <= 0) return 0;
  let logTerm = -mean + k * Math.log(mean) - logFactorial(k);
  let sum = 0;
  for (let i = k; i < k + 1000; i++) {
    const term = Math.exp(logTerm);
    sum += term;
    if (term < sum * 1e-12) break;
    logTerm += Math.log(mean) - Math.log(i + 1);
  }
  return Math.min(1, sum);
}

// --- internal ---

/** The sub-stretch [start, end) of hours from..to with the highest likelihood ratio and at least `minCount` questions. */
function mostUnusual(counts: ArrayLike<number>, expected: Float64Array, from: number, to: number, minCount: number): { start: number; end: number } {
  let best = { start: from, end: to + 1, score: -Infinity };
  for (let s = from; s <= to; s++) {
    let observed = 0;
    let mean = 0;
    for (let e = s; e <= to; e++) {
      observed += counts[e] ?? 0;
      mean += expected[e]!;
      if (observed < minCount) continue;
      const score = poissonLikelihoodRatio(observed, mean);
      if (score > best.score) best = { start: s, end: e + 1, score };
    }
  }
  return best;
}

function logFactorial(n: number): number {
  if (n < 2) return 0;
  if (n < 64) {
    let sum = 0;
    for (let i = 2; i <= n; i++) sum += Math.log(i);
    return sum;
  }
  // Stirling's series: exact to well below 1e-10 from 64 on.
  return n * Math.log(n) - n + 0.5 * Math.log(2 * Math.PI * n) + 1 / (12 * n) - 1 / (360 * n ** 3);
}

/** Per hour of the week, the topic's mean count over the weeks with its largest week left out. */
function ownSlotMeans(counts: ArrayLike<number>, slots: Uint8Array, weeks: number): Float64Array {
  const sum = new Float64Array(WEEK_HOURS);
  const max = new Float64Array(WEEK_HOURS);
  const seen = new Float64Array(WEEK_HOURS);
  for (let h = 0; h < slots.length; h++) {
    const slot = slots[h]!;
    const value = counts[h] ?? 0;
    sum[slot]! += value;
    if (value > max[slot]!) max[slot] = value;
    seen[slot]!++;
  }
  const own = new Float64Array(WEEK_HOURS);
  // With fewer than four weeks a habit cannot be told from a one-off: the global rhythm decides.
  if (weeks < 4) return own;
  for (let s = 0; s < WEEK_HOURS; s++) {
    const n = seen[s]! - 1;
    own[s] = n > 0 ? (sum[s]! - max[s]!) / n : 0;
  }
  // A habit of the hour before or after counts too (a peak that starts a little later some weeks).
  const spread = new Float64Array(WEEK_HOURS);
  for (let s = 0; s < WEEK_HOURS; s++) {
    spread[s] = Math.max(own[s]!, 0.75 * own[(s + WEEK_HOURS - 1) % WEEK_HOURS]!, 0.75 * own[(s + 1) % WEEK_HOURS]!);
  }
  return spread;
}

function median(values: readonly number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

const summerByYear = new Map<number, readonly [number, number]>();

/** Amsterdam's offset from UTC (EU rule: summer time from the last Sunday of March to the last Sunday of October, 01:00 UTC). */
function amsterdamOffsetHours(utcMs: number): 1 | 2 {
  const year = new Date(utcMs).getUTCFullYear();
  let range = summerByYear.get(year);
  if (!range) {
    const lastSunday = (month: number): number => {
      const lastDay = new Date(Date.UTC(year, month + 1, 0));
      return Date.UTC(year, month, lastDay.getUTCDate() - lastDay.getUTCDay(), 1);
    };
    range = [lastSunday(2), lastSunday(9)];
    summerByYear.set(year, range);
  }
  return utcMs >= range[0] && utcMs < range[1] ? 2 : 1;
}
