// How many new drafts a run may add, so that the queue stays one an editor can finish, and how much
// of the inbound questions the drafts and the published articles cover. Pure: outcomes in, numbers out.
//
// The cap (`editorial.maxNewDrafts`, `--max-new-drafts`): the groups that hold an article an editor
// still works on (open drafts, drafts in review) and the groups this run would draft are ranked by
// distinct customers, then questions, then id; a new draft is written only for a group among the top
// N. The rest are "deferred" ("ook gevraagd" in the report): no file, no short id. Ranking the open
// drafts too keeps a run idempotent: the drafts of the previous run take the top places, so the same
// export drafts nothing new, while a group that rises above them, a published draft (it leaves the
// queue) or a higher cap makes room. A run never adds more than N drafts; 0 means no cap.
import type { Cluster } from '#core/cluster.ts';
import type { ClusterOutcome, DraftPlan } from './plan.ts';

/** The default of `editorial.maxNewDrafts`: about what an editor finishes between two runs. */
export const DEFAULT_MAX_NEW_DRAFTS = 25;

/** Outcomes whose group has (or gets in this run) an article in the editor's queue. */
const IN_QUEUE: ReadonlySet<ClusterOutcome['kind']> = new Set(['updated', 'unchanged', 'edited']);

/** Most customers first, then most questions, then id: the order in which groups get a draft. */
export function byCapacityRank(a: Pick<Cluster, 'id' | 'authors' | 'size'>, b: Pick<Cluster, 'id' | 'authors' | 'size'>): number {
  return b.authors - a.authors || b.size - a.size || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/**
 * Plans with at most `max` new drafts. `plan(allowed)` plans the run; with `allowed`, only those
 * group ids may become new drafts (the others that would are 'deferred'). Without a cap, or when the
 * run stays within it, that is one plan without `allowed`. Otherwise the allowed set is the top of
 * the ranking; a group that only became a candidate because a deferred group's draft is gone (it
 * overlapped it) joins the ranking and the plan is made again, at most a few times.
 */
export function planWithinCapacity(max: number | undefined, plan: (allowed?: ReadonlySet<string>) => DraftPlan): DraftPlan {
  let result = plan();
  if (!max || max <= 0) return result;
  const candidates = new Map<string, Cluster>();
  let allowed: ReadonlySet<string> | undefined;
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    for (const outcome of result.outcomes) if (outcome.kind === 'created' || outcome.kind === 'deferred') candidates.set(outcome.cluster.id, outcome.cluster);
    const queued = result.outcomes.filter((outcome) => IN_QUEUE.has(outcome.kind)).map((outcome) => outcome.cluster);
    const top = [...queued, ...candidates.values()].sort(byCapacityRank).slice(0, max);
    const next = new Set(top.filter((cluster) => candidates.has(cluster.id)).map((cluster) => cluster.id));
    if (allowed === undefined ? result.outcomes.every((outcome) => outcome.kind !== 'created' || next.has(outcome.cluster.id)) : sameSet(allowed, next)) {
      return result;
    }
    allowed = next;
    result = plan(allowed);
  }
  return result;
}

export type Coverage = {
  /** Questions in the groups with a draft (new, updated, unchanged, or with the editor). */
  drafted: number;
  /** Questions in the groups a published article already answers. */
  covered: number;
  /** Questions the miner recognised (`stats.questions`). */
  total: number;
  /** (drafted + covered) / total, 0 to 1; 0 when there were no questions. */
  share: number;
  /** drafted / total and covered / total. */
  draftedShare: number;
  coveredShare: number;
};

/** How much of the inbound questions the drafts and the published articles cover, from the outcomes' group sizes. */
export function coverageShare(plan: Pick<DraftPlan, 'outcomes' | 'mining'>): Coverage {
  let drafted = 0;
  let covered = 0;
  for (const outcome of plan.outcomes) {
    if (outcome.kind === 'created' || IN_QUEUE.has(outcome.kind)) drafted += outcome.cluster.size;
    else if (outcome.kind === 'covered') covered += outcome.cluster.size;
  }
  const total = plan.mining.stats.questions;
  const of = (count: number): number => (total > 0 ? Math.min(1, count / total) : 0);
  return { drafted, covered, total, share: of(drafted + covered), draftedShare: of(drafted), coveredShare: of(covered) };
}

/** "De nieuwe concepten en gepubliceerde artikelen dekken 43 % van de 15.843 vragen (concepten 31 %, al beantwoord 12 %)." */
export function coverageSentence(coverage: Coverage): string {
  const percent = (share: number): string => `${Math.round(share * 100)} %`;
  return `De concepten en gepubliceerde artikelen dekken ${percent(coverage.share)} van de ${coverage.total.toLocaleString('nl-NL')} vragen (concepten ${percent(coverage.draftedShare)}, al beantwoord ${percent(coverage.coveredShare)}).`;
}

/** The deferred groups, in capacity order: what the report lists under "Ook gevraagd". */
export function deferredOutcomes(outcomes: readonly ClusterOutcome[]): (ClusterOutcome & { kind: 'deferred' })[] {
  return outcomes
    .filter((outcome): outcome is ClusterOutcome & { kind: 'deferred' } => outcome.kind === 'deferred')
    .sort((a, b) => byCapacityRank(a.cluster, b.cluster));
}

/** The Dutch explanation above the "Ook gevraagd" list; `code` formats the setting's name (Markdown or HTML). */
export function deferredIntro(max: number | undefined, code: (name: string) => string = (name) => `\`${name}\``): string {
  const setting = code('editorial.maxNewDrafts');
  const limit = max && max > 0 ? `de grens van ${max} ${max === 1 ? 'nieuw concept' : 'nieuwe concepten'} per run` : 'de grens van nieuwe concepten per run';
  return `Nog geen concept: deze vragen vallen buiten ${limit} (${setting}); vragen van meer klanten gingen voor, ook die al een open concept hebben. Ze krijgen een concept in een latere run: als ze stijgen, als er plek vrijkomt doordat concepten gepubliceerd worden, of als de redactie ${setting} verhoogt.`;
}

// --- internal ---

/** Replanning stops here; a pass only repeats when a deferred group's absence made a new candidate. */
const MAX_PASSES = 4;

function sameSet(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  return a.size === b.size && [...a].every((id) => b.has(id));
}
