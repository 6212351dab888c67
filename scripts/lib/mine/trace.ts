// Traceability: for every customer message, where it came from (`file:line` of the export) and
// what mining did with it — the cluster and sub-topic it is in, or why it was left out (a noise
// reason, a follow-up in a thread, a one-off question, or a group that needs a look). Ids and
// sources only: no text, so no personal data.
import type { MiningResult } from '#core/cluster.ts';
import type { Message } from '#core/message.ts';
import { detectQuestion } from './detect.ts';

export type MemberRecord = {
  source: string | null;
  message: string;
  status: 'clustered' | 'needs-look' | 'one-off' | 'follow-up' | 'noise';
  reason?: string;
  cluster?: string;
  subtopic?: string;
};

/**
 * A function from each message (in any order) to its record; null for the company's own replies.
 * `members` are the message ids of every cluster and sub-topic, `firstReply` the time of the
 * company's first reply per conversation (as mining used them).
 */
export function memberTracer(
  result: MiningResult,
  members: ReadonlyMap<string, readonly string[]>,
  firstReply: ReadonlyMap<string, number>,
): (message: Message) => MemberRecord | null {
  const place = new Map<string, { cluster: string; subtopic?: string; needsLook: boolean }>();
  for (const cluster of result.clusters) {
    const clusterNeedsLook = cluster.coherence?.verdict === 'needs-look';
    for (const id of members.get(cluster.id) ?? []) place.set(id, { cluster: cluster.id, needsLook: clusterNeedsLook });
    for (const subtopic of cluster.subtopics ?? []) {
      const needsLook = subtopic.coherence?.verdict === 'needs-look';
      for (const id of members.get(subtopic.id) ?? []) place.set(id, { cluster: cluster.id, subtopic: subtopic.id, needsLook });
    }
  }
  return (message) => {
    if (message.direction === 'out') return null;
    const base = { source: message.source ?? null, message: message.id };
    const found = place.get(message.id);
    if (found) {
      const { needsLook, ...where } = found;
      return { ...base, status: needsLook ? 'needs-look' : 'clustered', ...where };
    }
    const detection = detectQuestion(message.text, message.lang);
    if (!detection.isQuestion) return { ...base, status: 'noise', reason: detection.reason };
    if (Date.parse(message.createdAt) > (firstReply.get(message.conversationId) ?? Infinity)) return { ...base, status: 'follow-up' };
    return { ...base, status: 'one-off' };
  };
}
