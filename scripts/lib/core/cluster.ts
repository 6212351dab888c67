// What `mine` writes and `draft` reads: recurring questions with their statistics.
import { z } from 'zod';
import { CHANNELS } from './content.ts';

/** Whether a group is one question an article can answer, and if not, why (the coherence gate). */
export const coherenceSchema = z.object({
  verdict: z.enum(['topic', 'needs-look']),
  reasons: z.array(z.enum(['mixed-language', 'statements', 'no-shared-subject', 'generic-answers'])),
});

const questionGroupShape = {
  /** Stable across runs: a new export's cluster that matches an earlier one keeps its id. */
  id: z.string().min(1),
  /** The most representative real question of the cluster. */
  label: z.string(),
  keywords: z.array(z.string()),
  lang: z.enum(['nl', 'en', 'other']),
  /** Questions in the cluster, near-duplicates included. */
  size: z.number().int().nonnegative(),
  /** Distinct texts after near-duplicate collapse. */
  uniqueQuestions: z.number().int().nonnegative(),
  authors: z.number().int().nonnegative(),
  channels: z.array(z.enum(CHANNELS)),
  firstSeen: z.string(),
  lastSeen: z.string(),
  weekly: z.array(z.object({ week: z.string(), count: z.number().int().nonnegative() })),
  /**
   * Questions per hour ("2026-11-09T19:00Z", UTC), only hours with questions; site searches are
   * left out (analytics reports have no time of day). Used to find spikes. Optional: older files have none.
   */
  hourly: z.array(z.object({ hour: z.string(), count: z.number().int().positive() })).optional(),
  /** Questions per channel, e.g. how many came from site searches. Optional: older files have none. */
  channelCounts: z.partialRecord(z.enum(CHANNELS), z.number().int().nonnegative()).optional(),
  /** Positive: asked more often lately; negative: less. */
  trend: z.number(),
  trendDirection: z.enum(['rising', 'falling', 'stable']),
  /** Mean similarity of members to the cluster centre, 0 to 1: how tight the cluster is. */
  cohesion: z.number(),
  /** A few diverse real questions, each with its similarity to the centre. */
  examples: z.array(z.object({ text: z.string(), similarity: z.number() })),
  /** The most representative CM reply that answered questions of this cluster, scrubbed. */
  bestAnswer: z.object({ text: z.string(), messageId: z.string(), replies: z.number().int().nonnegative() }).nullable(),
  /**
   * Hashes of the cluster's most frequent normalised questions. The next run matches its clusters
   * to these to keep ids stable. Optional: older files have none.
   */
  fingerprint: z.array(z.string()).optional(),
  /** Drafted only when the verdict is 'topic'; optional: older files have none. */
  coherence: coherenceSchema.optional(),
};

/** One specific question inside a cluster: the same fields as a cluster. */
export const subtopicSchema = z.object(questionGroupShape);

export const clusterSchema = z.object({
  ...questionGroupShape,
  /**
   * When a cluster holds several distinct questions (a broad topic), each of them with its own
   * statistics and examples; `draft` writes one article per sub-topic. Absent when the cluster is
   * one question. Optional: older files have none.
   */
  subtopics: z.array(subtopicSchema).optional(),
});

export const miningResultSchema = z.object({
  version: z.literal(1),
  generatedAt: z.string(),
  stats: z.object({
    messages: z.number().int().nonnegative(),
    inbound: z.number().int().nonnegative(),
    questions: z.number().int().nonnegative(),
    noise: z.number().int().nonnegative(),
    noiseByReason: z.record(z.string(), z.number().int().nonnegative()),
    duplicatesCollapsed: z.number().int().nonnegative(),
    unclustered: z.number().int().nonnegative(),
  }),
  clusters: z.array(clusterSchema),
});

export type Cluster = z.output<typeof clusterSchema>;
export type Coherence = z.output<typeof coherenceSchema>;
export type MiningResult = z.output<typeof miningResultSchema>;
