// Time rules of broadcast pages: when a broadcast is "on air" and what the embargo banner says.
// Pure: everything takes the build's "now" (VEELGESTELD_NOW) so builds can run as of any moment.

/** The on-air banner shows from airsAt until this long after it. */
export const ON_AIR_MS = 3 * 60 * 60 * 1000;

export type OnAirWindow = { start: Date; end: Date };

export function onAirWindow(airsAt: Date): OnAirWindow {
  return { start: airsAt, end: new Date(airsAt.getTime() + ON_AIR_MS) };
}

/** airsAt ≤ now < airsAt + 3 h. */
export function isOnAir(airsAt: Date, now: Date): boolean {
  const { start, end } = onAirWindow(airsAt);
  return start.getTime() <= now.getTime() && now.getTime() < end.getTime();
}

/**
 * The broadcast the home page banner points to: on air now, or airing later in this build's life
 * (the page is built already, a tiny script shows the banner in its window). Earliest window first.
 */
export function upcomingOrOnAir<T extends { data: { airsAt: Date } }>(entries: readonly T[], now: Date): T | undefined {
  return [...entries]
    .filter((entry) => onAirWindow(entry.data.airsAt).end.getTime() > now.getTime())
    .sort((a, b) => a.data.airsAt.getTime() - b.data.airsAt.getTime())[0];
}

/** Updates log order: newest first; equal times keep their order in the file. */
export function newestFirst<T extends { at: Date }>(updates: readonly T[]): T[] {
  return updates
    .map((update, index) => ({ update, index }))
    .sort((a, b) => b.update.at.getTime() - a.update.at.getTime() || a.index - b.index)
    .map(({ update }) => update);
}

/** Keys in `related` are slugs or shortIds; the ones that name nothing visible are left out. */
export function resolveRelated<T>(keys: readonly string[], lookup: (key: string) => T | undefined): T[] {
  const found: T[] = [];
  for (const key of keys) {
    const item = lookup(key);
    if (item !== undefined && !found.includes(item)) found.push(item);
  }
  return found;
}
