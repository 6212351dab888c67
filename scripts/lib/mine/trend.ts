// Weekly counts by ISO 8601 week and a trend score: is a question asked more often lately?

/** ISO week of an instant, in UTC: "2025-W03". */
export function isoWeek(date: Date): string {
  const day = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
  const weekday = day.getUTCDay() || 7;
  day.setUTCDate(day.getUTCDate() + 4 - weekday);
  const yearStart = Date.UTC(day.getUTCFullYear(), 0, 1);
  const week = Math.ceil(((day.getTime() - yearStart) / 86_400_000 + 1) / 7);
  return `${day.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
}

/** Monday 00:00 UTC of the ISO week containing `date`, as epoch milliseconds. */
export function weekStart(date: Date): number {
  const day = Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate());
  const weekday = new Date(day).getUTCDay() || 7;
  return day - (weekday - 1) * 86_400_000;
}

const WEEK_MS = 7 * 86_400_000;
export const RECENT_WEEKS = 4;
export const BASELINE_WEEKS = 12;

export type Trend = { trend: number; trendDirection: 'rising' | 'falling' | 'stable' };

/**
 * Compares the mean weekly count of the last RECENT_WEEKS weeks of the export (ending at
 * `exportEnd`) with the mean of up to BASELINE_WEEKS weeks before them, within the export
 * (`exportStart`). trend = (recent − before) / max(before, 1): +1 means twice as often (or one more
 * per week). Rising/falling needs a change of at least 25 % and at least two questions of difference
 * in total, so noise in tiny clusters stays "stable".
 */
export function trendOf(timestamps: readonly number[], exportStart: number, exportEnd: number): Trend {
  const endWeek = weekStart(new Date(exportEnd));
  const firstWeek = weekStart(new Date(exportStart));
  const recentFrom = endWeek - (RECENT_WEEKS - 1) * WEEK_MS;
  const baselineFrom = Math.max(firstWeek, recentFrom - BASELINE_WEEKS * WEEK_MS);
  const baselineWeeks = Math.round((recentFrom - baselineFrom) / WEEK_MS);
  const recentWeeks = Math.min(RECENT_WEEKS, Math.round((endWeek - firstWeek) / WEEK_MS) + 1);
  if (baselineWeeks <= 0) return { trend: 0, trendDirection: 'stable' };
  let recent = 0;
  let before = 0;
  for (const t of timestamps) {
    if (t >= recentFrom) recent++;
    else if (t >= baselineFrom) before++;
  }
  const recentRate = recent / recentWeeks;
  const beforeRate = before / baselineWeeks;
  const trend = Math.round(((recentRate - beforeRate) / Math.max(beforeRate, 1)) * 1000) / 1000;
  const expectedRecent = beforeRate * recentWeeks;
  const meaningful = Math.abs(recent - expectedRecent) >= 2;
  const trendDirection = !meaningful || Math.abs(trend) < 0.25 ? 'stable' : trend > 0 ? 'rising' : 'falling';
  return { trend, trendDirection };
}

/** Counts per ISO week from the first to the last week seen, including empty weeks. */
export function weeklyCounts(timestamps: readonly number[]): { week: string; count: number }[] {
  if (timestamps.length === 0) return [];
  const counts = new Map<number, number>();
  let first = Infinity;
  let last = -Infinity;
  for (const t of timestamps) {
    const week = weekStart(new Date(t));
    counts.set(week, (counts.get(week) ?? 0) + 1);
    first = Math.min(first, week);
    last = Math.max(last, week);
  }
  const result: { week: string; count: number }[] = [];
  // Step by 7 days then re-anchor, so daylight-saving-free UTC arithmetic never drifts.
  for (let week = first; week <= last; week = weekStart(new Date(week + WEEK_MS))) {
    result.push({ week: isoWeek(new Date(week)), count: counts.get(week) ?? 0 });
  }
  return result;
}
