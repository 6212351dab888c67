// The coherence gate: a group of questions becomes a draft only when it is one question. Mixed
// groups (two languages), groups of statements (rants,
// complaints without a question) and groups glued together by phrasing rather than subject
// ("Verkopen jullie ook vuurwerk?", "Verkopen jullie ook cadeaubonnen?") go to the report as
// "needs a look", with their parts, never as a draft.
import type { Coherence } from '#core/cluster.ts';
import type { Lang } from '#core/text/index.ts';

export type { Coherence };
export type CoherenceReason = Coherence['reasons'][number];

export type CoherenceInput = {
  /** Share of the members in the group's majority language. */
  langShare: number;
  /** Share of the members phrased as a question or a request (not a bare statement). */
  questionShare: number;
  /** Share of the distinct questions that name one of the group's most typical words. */
  subjectCoverage: number;
};

export const COHERENCE_LIMITS = { langShare: 0.8, questionShare: 0.25, subjectCoverage: 0.5 } as const;

export function coherenceOf(input: CoherenceInput): Coherence {
  const reasons: CoherenceReason[] = [];
  if (input.langShare < COHERENCE_LIMITS.langShare) reasons.push('mixed-language');
  if (input.questionShare < COHERENCE_LIMITS.questionShare) reasons.push('statements');
  if (input.subjectCoverage < COHERENCE_LIMITS.subjectCoverage) reasons.push('no-shared-subject');
  return { verdict: reasons.length === 0 ? 'topic' : 'needs-look', reasons };
}

/**
 * The share of members in the most common language. Text in neither Dutch nor English ('other':
 * Japanese or Spanish inside an English topic) counts as a language of its own.
 */
export function majorityShare(langs: readonly (Lang | 'other')[]): number {
  const counts = new Map<string, number>();
  for (const lang of langs) counts.set(lang, (counts.get(lang) ?? 0) + 1);
  return langs.length === 0 ? 1 : Math.max(...counts.values()) / langs.length;
}

/**
 * How many distinct questions name the group's subject: its SUBJECT_WORDS most typical tokens
 * (frequent in the group, rare in the export, by tf·idf). `tokensOf` gives an item's stems,
 * `documentFrequency` how many of the export's distinct questions use a stem.
 */
export function subjectCoverage(items: readonly number[], tokensOf: (item: number) => readonly string[], documentFrequency: (token: string) => number, totalItems: number): number {
  if (items.length === 0) return 1;
  const counts = new Map<string, number>();
  for (const item of items) for (const token of new Set(tokensOf(item))) counts.set(token, (counts.get(token) ?? 0) + 1);
  const subject = [...counts]
    .filter(([token]) => token.length >= 3 && !/^\d+$/u.test(token))
    .map(([token, count]) => ({ token, score: (count / items.length) * Math.log((totalItems + 1) / (documentFrequency(token) + 1)) }))
    .sort((a, b) => b.score - a.score || (a.token < b.token ? -1 : 1))
    .slice(0, SUBJECT_WORDS)
    .map((entry) => entry.token);
  const covered = items.filter((item) => tokensOf(item).some((token) => subject.includes(token))).length;
  return covered / items.length;
}

const SUBJECT_WORDS = 3;
