// content/decisions.json: what editors decided about mined groups, kept in the repository so every
// later run of mine and draft applies it. Attached phrasings live in the article's own `questions`;
// this file records every decision (with its date) so it can be listed, reported and undone.
// Only the contract lives here; reading, applying and undoing is scripts/lib/decisions.
import { z } from 'zod';

export const DECISIONS_FILE = 'decisions.json';

/** Why a group is not an FAQ article. */
export const REJECT_REASONS = ['incident', 'one-off', 'not-a-question', 'elsewhere'] as const;

/** Dutch first: these are what an editor reads in the editor and the CLI. */
export const REJECT_REASON_LABELS: Record<RejectReason, { nl: string; en: string }> = {
  incident: { nl: 'storing of incident', en: 'an incident' },
  'one-off': { nl: 'eenmalige vraag', en: 'a one-off' },
  'not-a-question': { nl: 'geen vraag', en: 'not a question' },
  elsewhere: { nl: 'wordt elders afgehandeld', en: 'handled elsewhere' },
};

const decisionId = z.string().regex(/^d-[a-z0-9]{4,16}$/, 'a decision id looks like "d-7f3k2a"');
const groupId = z.string().min(1, 'the group id is required');
/** Scrubbed question texts, as mining wrote them; at least one, so the group can be recognised again. */
const questionTexts = z.array(z.string().min(1)).min(1, 'at least one question is required');
/** An article by its path under content/faq, e.g. "nl/waar-blijft-mijn-pakket.mdx". */
const articlePath = z.string().regex(/^(nl|en)\/[a-z0-9]+(?:-[a-z0-9]+)*\.mdx?$/, 'an article path such as "nl/waar-blijft-mijn-pakket.mdx"');

const common = {
  id: decisionId,
  /** When the editor decided: ISO date-time. */
  at: z.iso.datetime({ offset: true }),
  /** The mined group the decision is about (its id is stable across runs). */
  groupId,
  /** The group's working name when the decision was taken (its label). */
  label: z.string().default(''),
  lang: z.enum(['nl', 'en']).default('nl'),
  questions: questionTexts,
};

export const rejectDecisionSchema = z.object({
  ...common,
  kind: z.literal('reject'),
  reason: z.enum(REJECT_REASONS),
  note: z.string().optional(),
  /** The group's fingerprint hashes: recognised again when it comes back under another id. */
  fingerprint: z.array(z.string()).default([]),
  /** The group's draft as the draft step wrote it (untouched by editors), taken out of content/faq; undo writes it back. */
  draft: z.object({ article: articlePath, text: z.string() }).optional(),
});

export const attachDecisionSchema = z.object({
  ...common,
  kind: z.literal('attach'),
  article: articlePath,
  /** The questions this decision added to the article's `questions` (undo removes exactly these). */
  added: z.array(z.string()).default([]),
});

/** Splitsen (questions of a group that need another answer) and Maak artikel (a new draft from a group). */
export const newArticleDecisionSchema = z.object({
  ...common,
  kind: z.enum(['split', 'create']),
  /** The draft the decision wrote. */
  article: articlePath,
  title: z.string().min(1),
  /**
   * Splitsen from a draft: that draft, and the questions taken out of its `questions` with the place
   * each had (undo puts them back there). Absent when the group had no draft.
   */
  from: z
    .object({
      article: articlePath,
      removed: z.array(z.object({ question: z.string(), index: z.number().int().nonnegative() })),
    })
    .optional(),
});

export const decisionSchema = z.discriminatedUnion('kind', [rejectDecisionSchema, attachDecisionSchema, newArticleDecisionSchema]);

export const decisionsFileSchema = z.object({
  version: z.literal(1),
  decisions: z.array(decisionSchema),
});

export type RejectReason = (typeof REJECT_REASONS)[number];
export type Decision = z.output<typeof decisionSchema>;
export type RejectDecision = z.output<typeof rejectDecisionSchema>;
export type AttachDecision = z.output<typeof attachDecisionSchema>;
export type NewArticleDecision = z.output<typeof newArticleDecisionSchema>;
export type DecisionsFile = z.output<typeof decisionsFileSchema>;

/**
 * The group id under which mining gathers the questions an article already holds (its title and
 * `questions`): the group it was drafted from, so a re-run changes nothing, else `a-<shortId>`.
 */
export const articleSeedId = (article: { clusterId?: string | undefined; shortId: string }): string => article.clusterId ?? `a-${article.shortId}`;
/** The group id under which mining gathers the questions like those of a rejected group. */
export const rejectionSeedId = (decisionId: string): string => `r-${decisionId.replace(/^d-/u, '')}`;
