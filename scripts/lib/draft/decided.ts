// Editors' rejections (content/decisions.json) recognised in a new run: by the group's stable id,
// by the seed group mining gathered for the decision, by its most frequent questions, or by its
// questions when it comes back worded differently.
import { rejectionSeedId, type DecisionsFile, type RejectDecision } from '#core/decisions.ts';
import type { Cluster } from '#core/cluster.ts';
import type { PlaceIndex } from '../text/slots.ts';
import { askedQuestions, belongingScore, MIN_OVERLAP, tokenSets } from './match.ts';

/** A group whose top questions are at least this share of a rejected group's top questions is that group. */
const SAME_FINGERPRINT = 0.5;

export type RejectionFinder = (cluster: Cluster) => RejectDecision | undefined;

export function rejectionFinder(decisions: DecisionsFile | undefined, places?: PlaceIndex): RejectionFinder {
  const rejections = (decisions?.decisions ?? [])
    .filter((decision): decision is RejectDecision => decision.kind === 'reject')
    .map((decision) => ({ decision, questions: tokenSets([decision.label, ...decision.questions].filter(Boolean), decision.lang, places) }));
  if (rejections.length === 0) return () => undefined;
  return (cluster) => {
    const byId = rejections.find(({ decision }) => cluster.id === decision.groupId || cluster.id === rejectionSeedId(decision.id));
    if (byId) return byId.decision;
    const fingerprint = new Set(cluster.fingerprint ?? []);
    const byFingerprint = rejections.find(
      ({ decision }) =>
        decision.fingerprint.length > 0 &&
        decision.fingerprint.filter((hash) => fingerprint.has(hash)).length / decision.fingerprint.length >= SAME_FINGERPRINT,
    );
    if (byFingerprint) return byFingerprint.decision;
    if (cluster.lang === 'other') return undefined;
    const asked = askedQuestions([cluster.label, ...cluster.examples.map((example) => example.text)], cluster.lang, places);
    let best: { decision: RejectDecision; score: number } | undefined;
    for (const { decision, questions } of rejections) {
      if (decision.lang !== cluster.lang) continue;
      const score = belongingScore(asked, questions);
      if (score >= MIN_OVERLAP && (!best || score > best.score)) best = { decision, score };
    }
    return best?.decision;
  };
}
