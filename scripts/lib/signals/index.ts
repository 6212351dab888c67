// Signals beside the recurring questions: spikes per topic (linked to broadcasts, or incidents) and
// site searches that found nothing. Pure: data in, data out.
import { isSpikeOnly, type SignalGroup, type Spike } from './spikes.ts';

export { DEFAULT_BURST_OPTIONS, detectBursts, expectedCounts, poissonUpperTail, weekSlots, weeklyProfile, type Burst, type BurstOptions } from './bursts.ts';
export {
  BROADCAST_WINDOW,
  MIN_BASELINE_DAYS,
  SPIKE_ONLY_SHARE,
  broadcastBefore,
  findSpikes,
  isSpikeOnly,
  spanDays,
  type BroadcastRef,
  type HourlyCount,
  type SignalGroup,
  type Spike,
  type SpikeOptions,
} from './spikes.ts';
export {
  MIN_PEOPLE,
  WEAK_COVERAGE,
  countSearches,
  judgeSearches,
  searchedNotFound,
  termCoverage,
  type JudgedSearch,
  type SearchCount,
  type SearchVerdict,
  type SiteSearch,
} from './searched.ts';

/**
 * The spike a group of questions exists only inside (its largest), or null. `draft` writes no
 * evergreen FAQ article for such a group: it needs a statement or blog update while it lasts.
 */
export function spikeOnlyOf(group: SignalGroup, spikes: readonly Spike[]): Spike | null {
  if (!isSpikeOnly(group, spikes)) return null;
  const own = spikes.filter((spike) => spike.groupId === group.id);
  return own.reduce<Spike | null>((best, spike) => (best === null || spike.count > best.count ? spike : best), null);
}
