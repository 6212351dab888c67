// Spikes per topic (bursts of questions, see bursts.ts), each linked to the broadcast that caused it
// or, when no broadcast aired just before, called an incident (an outage, a wrong e-mail). A topic
// that exists only inside one spike is not an evergreen FAQ question: `draft` lists it instead.
import { DEFAULT_BURST_OPTIONS, detectBursts, weekSlots, weeklyProfile, type BurstOptions } from './bursts.ts';

const HOUR = 3_600_000;
/** A spike starting this long before a broadcast airs up to this long after it belongs to that broadcast. */
export const BROADCAST_WINDOW = { beforeHours: 1, afterHours: 12 } as const;
/** At least this share of a topic's questions inside its spikes makes it a topic of that spike only. */
export const SPIKE_ONLY_SHARE = 0.7;
/** Questions this long after a spike still belong to it (people who read about it the next morning). */
const SPIKE_TAIL_HOURS = 24;
/**
 * An export that spans fewer days has no baseline to tell an incident from the usual volume. A burst
 * is measured against the weekly rhythm of all questions, the median of each hour's share over the
 * complete weeks of the export, and a topic's level, the median of its surrounding weeks (bursts.ts).
 * Under one complete week there is no rhythm at all (every hour of the week expects the same, so an
 * ordinary busy morning looks like a burst: "normaal minder dan 1"); with one, the week being scanned
 * is its own baseline. Two complete weekly cycles are the least for a median that is not just the
 * week itself. Shorter exports report no incidents (spikes right after a broadcast still count: the
 * broadcast, not the baseline, explains them) and draft their questions as usual.
 */
export const MIN_BASELINE_DAYS = 14;

export type HourlyCount = { hour: string; count: number };
/** A group of questions as the miner writes it: a cluster or a sub-topic. */
export type SignalGroup = { id: string; hourly?: readonly HourlyCount[] | undefined; channelCounts?: Partial<Record<string, number>> | undefined };
export type BroadcastRef = { programme: string; airsAt: string; title: string; shortId?: string | undefined; slug?: string | undefined };

export type Spike = {
  groupId: string;
  /** First hour of the spike, ISO 8601 UTC. */
  start: string;
  /** One past its last hour. */
  end: string;
  /** When it could first be seen (the end of the hour that made it a spike). */
  detectedAt: string;
  hours: number;
  count: number;
  /** What the weekly rhythm would have brought in those hours. */
  expected: number;
  peakHour: string;
  peakCount: number;
  /** The busiest stretch of up to two hours inside the spike ("31 questions in 2 hours"). */
  busiest: { hours: number; count: number };
  /** The broadcast that aired just before, or null: then it is an incident. */
  broadcast: BroadcastRef | null;
};

export type SpikeOptions = { burst?: BurstOptions; broadcasts?: readonly BroadcastRef[] };

/**
 * Spikes of every group. `rhythmGroups` (the top-level clusters) give the weekly rhythm of all
 * questions; `groups` (clusters and sub-topics) are searched for spikes. Newest first.
 */
export function findSpikes(groups: readonly SignalGroup[], rhythmGroups: readonly SignalGroup[], options: SpikeOptions = {}): Spike[] {
  const range = hourRange([...groups, ...rhythmGroups]);
  if (range === null) return [];
  const slots = weekSlots(range.start, range.hours);
  const profile = weeklyProfile(denseTotal(rhythmGroups, range), slots);
  const spikes: Spike[] = [];
  for (const group of groups) {
    const counts = denseTotal([group], range);
    for (const burst of detectBursts(counts, slots, profile, options.burst ?? DEFAULT_BURST_OPTIONS)) {
      const startMs = range.start + burst.start * HOUR;
      spikes.push({
        groupId: group.id,
        start: iso(startMs),
        end: iso(range.start + burst.end * HOUR),
        detectedAt: iso(range.start + (burst.detectedAt + 1) * HOUR),
        hours: burst.end - burst.start,
        count: burst.count,
        expected: Math.round(burst.expected * 10) / 10,
        peakHour: iso(range.start + burst.peak * HOUR),
        peakCount: counts[burst.peak] ?? 0,
        busiest: busiestStretch(counts, burst.start, burst.end, 2),
        broadcast: broadcastBefore(startMs, options.broadcasts ?? []),
      });
    }
  }
  linkAftermath(spikes);
  return spikes.sort((a, b) => (a.start < b.start ? 1 : a.start > b.start ? -1 : a.groupId < b.groupId ? -1 : 1));
}

/** The broadcast that aired shortly before (or just after) a spike started; the closest one wins. */
export function broadcastBefore(startMs: number, broadcasts: readonly BroadcastRef[]): BroadcastRef | null {
  let best: BroadcastRef | null = null;
  let bestDistance = Infinity;
  for (const broadcast of broadcasts) {
    const airs = Date.parse(broadcast.airsAt);
    if (!Number.isFinite(airs)) continue;
    const after = (startMs - airs) / HOUR;
    if (after < -BROADCAST_WINDOW.beforeHours || after > BROADCAST_WINDOW.afterHours) continue;
    if (Math.abs(after) < bestDistance) [best, bestDistance] = [broadcast, Math.abs(after)];
  }
  return best;
}

/**
 * Whether a group exists only inside its spikes: at least SPIKE_ONLY_SHARE of its questions were
 * asked from the start of one of its spikes to SPIKE_TAIL_HOURS after its end. Such a topic needs a
 * statement or a blog update while it lasts, not an evergreen FAQ article. Site searches have no
 * reliable hour (analytics reports): they count as asked outside the spikes, because people who
 * look the question up on the site show that it lasts.
 */
export function isSpikeOnly(group: SignalGroup, spikes: readonly Spike[]): boolean {
  const own = spikes.filter((spike) => spike.groupId === group.id);
  if (own.length === 0) return false;
  const windows = own.map((spike) => [Date.parse(spike.start), Date.parse(spike.end) + SPIKE_TAIL_HOURS * HOUR] as const);
  let inside = 0;
  let total = group.channelCounts?.['search'] ?? 0;
  for (const { hour, count } of group.hourly ?? []) {
    const at = Date.parse(hour);
    total += count;
    if (windows.some(([from, to]) => at >= from && at < to)) inside += count;
  }
  return total > 0 && inside / total >= SPIKE_ONLY_SHARE;
}

/** Days from the start of the first hour with questions to the end of the last (120 hours: 5), or null without any hour. */
export function spanDays(groups: readonly SignalGroup[]): number | null {
  const range = hourRange(groups);
  return range === null ? null : range.hours / 24;
}

// --- internal ---

/** Hours after a broadcast in which a topic's next spike is still its aftermath (the next working day). */
const AFTERMATH_HOURS = 48;

/**
 * A topic that spiked right after a broadcast often spikes again the next day, when people who
 * missed it read about it or webcare opens: that is still the broadcast, not an incident.
 */
function linkAftermath(spikes: Spike[]): void {
  for (const spike of spikes) {
    if (spike.broadcast) continue;
    const start = Date.parse(spike.start);
    const earlier = spikes.find(
      (other) =>
        other.groupId === spike.groupId &&
        other.broadcast !== null &&
        Date.parse(other.start) < start &&
        start - Date.parse(other.broadcast.airsAt) <= AFTERMATH_HOURS * HOUR,
    );
    if (earlier) spike.broadcast = earlier.broadcast;
  }
}

function busiestStretch(counts: Float64Array, start: number, end: number, maxHours: number): { hours: number; count: number } {
  const hours = Math.min(maxHours, end - start);
  let best = 0;
  for (let from = start; from + hours <= end; from++) {
    let sum = 0;
    for (let h = from; h < from + hours; h++) sum += counts[h] ?? 0;
    best = Math.max(best, sum);
  }
  return { hours, count: best };
}

function hourRange(groups: readonly SignalGroup[]): { start: number; hours: number } | null {
  let first = Infinity;
  let last = -Infinity;
  for (const group of groups) {
    for (const { hour } of group.hourly ?? []) {
      const at = Date.parse(hour);
      if (!Number.isFinite(at)) continue;
      if (at < first) first = at;
      if (at > last) last = at;
    }
  }
  if (!Number.isFinite(first)) return null;
  const start = Math.floor(first / HOUR) * HOUR;
  return { start, hours: Math.floor((last - start) / HOUR) + 1 };
}

function denseTotal(groups: readonly SignalGroup[], range: { start: number; hours: number }): Float64Array {
  const counts = new Float64Array(range.hours);
  for (const group of groups) {
    for (const { hour, count } of group.hourly ?? []) {
      const index = Math.floor((Date.parse(hour) - range.start) / HOUR);
      if (index >= 0 && index < range.hours) counts[index]! += count;
    }
  }
  return counts;
}

function iso(ms: number): string {
  return `${new Date(ms).toISOString().slice(0, 13)}:00Z`;
}
