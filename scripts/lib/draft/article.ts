// A new draft article for one cluster: frontmatter through the YAML serializer, body from the
// template, validated with the shared faqSchema before anything is written.
import type { Cluster } from '#core/cluster.ts';
import { faqSchema, type SourceStats } from '#core/content.ts';
import { formatIssues } from '#core/frontmatter.ts';
import { InputError } from '../errors.ts';
import { renderArticle } from './frontmatter.ts';
import { contentHash } from './hash.ts';
import { draftBody } from './template.ts';
import { cleanAnswer, describe, exampleQuestions, guessCategory, clusterTitle, replyFrom, tagsFor, type DraftLang } from './wording.ts';

import type { TitleKnowledge } from './title-rules.ts';

export type DraftContext = {
  lang: DraftLang;
  shortId: string;
  /** When the data was mined: used as updatedAt so re-runs do not depend on the clock. */
  generatedAt: string;
  contact: string;
  titleMax: number;
  /** Place names and spelling for the title rules (title-rules.ts); without them those rules are skipped. */
  titleKnowledge?: TitleKnowledge | undefined;
  /** For error messages: the clusters file the cluster came from. */
  clustersFile: string;
};

export type DraftArticle = { title: string; data: Record<string, unknown>; body: string; text: string };

/** Statistics of a cluster as the article's `source` block (plain JSON values, stable key order). */
export function sourceStats(cluster: Cluster): Record<string, unknown> {
  const stats = {
    clusterId: cluster.id,
    questionCount: cluster.size,
    authors: cluster.authors,
    channels: [...cluster.channels].sort(),
    firstSeen: cluster.firstSeen,
    lastSeen: cluster.lastSeen,
    weekly: cluster.weekly.map(({ week, count }) => ({ week, count })),
    trend: Math.round(cluster.trend * 1000) / 1000,
  } satisfies Record<Exclude<keyof SourceStats, 'searches'>, unknown>;
  // Only when there were any, so drafts from exports without site searches stay as they were.
  const searches = cluster.channelCounts?.search ?? 0;
  return searches > 0 ? { ...stats, searches } : stats;
}

export function buildDraft(cluster: Cluster, context: DraftContext): DraftArticle {
  const title = clusterTitle(cluster, context.lang, context.titleMax, context.titleKnowledge);
  const reply = cluster.bestAnswer ? replyFrom(cluster.bestAnswer.text) : '';
  const body = draftBody({
    lang: context.lang,
    bestAnswer: cluster.bestAnswer ? cleanAnswer(cluster.bestAnswer.text) : null,
    hasReply: reply !== '',
    contact: context.contact,
  });
  const data: Record<string, unknown> = {
    title,
    description: describe(title, context.lang),
    lang: context.lang,
    status: 'draft',
    updatedAt: context.generatedAt,
    category: guessCategory(cluster, context.lang),
    tags: tagsFor(cluster),
    shortId: context.shortId,
    questions: exampleQuestions(cluster),
    reply,
    source: sourceStats(cluster),
    generatedHash: contentHash(title, body),
  };
  const result = faqSchema.safeParse(data);
  if (!result.success) {
    throw new InputError(`cluster "${cluster.id}" would give an invalid draft: ${formatIssues(result.error)}`, {
      file: context.clustersFile,
    });
  }
  return { title, data, body, text: renderArticle(data, body) };
}
