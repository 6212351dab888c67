// The groups an editor can steer, as the CLI (`veelgesteld topics list`) and the editor's topics
// page show them: what the draft plan made of each, its evidence, and the decision that applies.
import type { Cluster } from '#core/cluster.ts';
import type { Decision, DecisionsFile } from '#core/decisions.ts';
import { normalize } from '#core/text/index.ts';
import type { ClusterOutcome, DraftPlan, NeedsLookReason } from '../draft/plan.ts';
import { redactContactDetails } from '../draft/pii.ts';
import { removeLeadingHandles, toSingleLine } from '../draft/text.ts';
import { byDate } from './file.ts';

export type ReviewState = 'draft' | 'needs-look' | 'covered' | 'deferred' | 'rejected' | 'other';

export type ReviewGroup = {
  /** The cluster (or sub-topic) id. */
  id: string;
  state: ReviewState;
  /** The article's title when there is one, else the group's label. */
  title: string;
  label: string;
  lang: 'nl' | 'en' | 'other';
  size: number;
  authors: number;
  keywords: string[];
  /** The label and the example texts, deduplicated, scrubbed: what `--questions 1,3` numbers. */
  examples: string[];
  bestAnswer: string | undefined;
  article: { path: string; title: string; status: string; shortId: string | undefined } | undefined;
  /** Why the group needs a look (Dutch). */
  reasons: string[];
  /** The decision that applies to it. */
  decision: { id: string; kind: Decision['kind'] } | undefined;
};

const NEEDS_LOOK_REASONS: Record<NeedsLookReason, string> = {
  'no-clear-question': 'geen van de vragen is een duidelijke titel (vaag of geen vraag)',
  'mixed-language': 'vragen in meer dan één taal',
  statements: 'vooral opmerkingen en klachten, geen vragen',
  'no-shared-subject': 'de vragen hebben geen onderwerp gemeen',
  'generic-answers': 'webcare gaf er alleen algemene antwoorden op, nooit een antwoord op de vraag zelf',
};

/** Every group of the plan, most customers first (then most questions, then id). */
export function reviewGroups(plan: DraftPlan, decisions: DecisionsFile): ReviewGroup[] {
  return plan.outcomes
    .map((outcome) => reviewGroup(outcome, decisions))
    .sort((a, b) => b.authors - a.authors || b.size - a.size || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** One outcome of the plan as the editor sees it. */
export function reviewGroup(outcome: ClusterOutcome, decisions: DecisionsFile): ReviewGroup {
  const { cluster } = outcome;
  const decision = decisionFor(outcome, decisions);
  const article = 'article' in outcome ? { ...outcome.article } : undefined;
  const label = clean(cluster.label);
  return {
    id: cluster.id,
    state: decision?.kind === 'reject' ? 'rejected' : stateOf(outcome),
    title: article?.title || (outcome.kind === 'deferred' ? clean(outcome.title) : '') || label,
    label,
    lang: cluster.lang,
    size: cluster.size,
    authors: cluster.authors,
    keywords: [...cluster.keywords],
    examples: groupQuestions(cluster),
    bestAnswer: cluster.bestAnswer ? clean(cluster.bestAnswer.text) : undefined,
    article,
    reasons: outcome.kind === 'needs-look' ? outcome.reasons.map((reason) => NEEDS_LOOK_REASONS[reason]) : [],
    decision: decision ? { id: decision.id, kind: decision.kind } : undefined,
  };
}

/** The label and the examples as single lines, without a leading @handle, each once. */
export function groupQuestions(cluster: Pick<Cluster, 'label' | 'examples'>): string[] {
  const seen = new Set<string>();
  const questions: string[] = [];
  for (const text of [cluster.label, ...cluster.examples.map((example) => example.text)]) {
    const line = clean(removeLeadingHandles(toSingleLine(text)));
    const key = questionKey(line);
    if (line === '' || seen.has(key)) continue;
    seen.add(key);
    questions.push(line);
  }
  return questions;
}

/** Two texts with the same key are the same question (case, accents, punctuation and placeholders aside). */
export function questionKey(text: string): string {
  return normalize(text) || toSingleLine(text).toLowerCase();
}

/** The decisions about this group, oldest first (a rejection matched by its questions included). */
export function decisionsOf(groupId: string, decisions: DecisionsFile): Decision[] {
  return decisions.decisions.filter((decision) => decision.groupId === groupId).sort(byDate);
}

// --- internal ---

function decisionFor(outcome: ClusterOutcome, decisions: DecisionsFile): Decision | undefined {
  if (outcome.kind === 'rejected') return outcome.decision;
  const own = decisionsOf(outcome.cluster.id, decisions);
  return own.find((decision) => decision.kind === 'reject') ?? own.at(-1);
}

function stateOf(outcome: ClusterOutcome): ReviewState {
  switch (outcome.kind) {
    case 'created':
    case 'updated':
    case 'unchanged':
    case 'edited':
      return outcome.article.status === 'published' ? 'covered' : 'draft';
    case 'covered':
    case 'overlaps':
      return 'covered';
    case 'needs-look':
      return 'needs-look';
    case 'deferred':
      return 'deferred';
    case 'rejected':
      return 'rejected';
    case 'deleted':
    case 'below-threshold':
    case 'other-language':
    case 'incident':
      return 'other';
  }
}

/** The plan scrubbed every text already; e-mail addresses and phone numbers are taken out once more. */
function clean(text: string): string {
  return redactContactDetails(text).trim();
}
