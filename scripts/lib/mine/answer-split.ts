// Look-alikes apart. A group of questions whose members the company answered with clearly
// different saved replies ("Een retour verwerken duurt tot 14 dagen" and "Je terugbetaling is
// verwerkt, je bank…") holds more than one question, however many words they share: the group is
// split around those answers, each unanswered member going with the answer whose questions it
// is closest to. Pieces that turn out to be one question after all are merged again by the
// fragment merge, which sees the same answers.
import type { AnswerEvidence } from './answers.ts';

/** Answers less similar than this (cosine of their rare-term-weighted words) are different answers. */
const DIFFERENT_ANSWERS = 0.3;
/** An answer splits a group when at least this many of its distinct questions got it. */
const MIN_ANSWERED = 1;

export type SubtopicAssignment = { itemSubtopic: Int32Array; subtopicCluster: Int32Array };

export function splitByAnswers(assignment: SubtopicAssignment, evidence: AnswerEvidence, vectors: Float32Array, dims: number): SubtopicAssignment {
  const itemSubtopic = assignment.itemSubtopic.slice();
  const parents = Array.from(assignment.subtopicCluster);
  const membersOf = new Map<number, number[]>();
  itemSubtopic.forEach((s, item) => {
    if (s >= 0) (membersOf.get(s) ?? membersOf.set(s, []).get(s)!).push(item);
  });
  for (const [subtopic, members] of membersOf) {
    const answers = answerGroupsOf(members, evidence);
    if (answers.length < 2) continue;
    const centres = answers.map((group) => centreOf(group.items, vectors, dims));
    const pieceOf = new Map<number, number>();
    answers.forEach((group, piece) => group.items.forEach((item) => pieceOf.set(item, piece)));
    const pieceIds = answers.map((_, piece) => (piece === 0 ? subtopic : parents.push(parents[subtopic]!) - 1));
    for (const item of members) {
      const piece = pieceOf.get(item) ?? nearest(item, centres, vectors, dims);
      itemSubtopic[item] = pieceIds[piece]!;
    }
  }
  return { itemSubtopic, subtopicCluster: Int32Array.from(parents) };
}

// --- internal ---

type AnswerGroup = { families: number[]; items: number[] };

/** The group's answered members by answer, similar answers together; only answers given at least MIN_ANSWERED times. */
function answerGroupsOf(members: readonly number[], evidence: AnswerEvidence): AnswerGroup[] {
  const byFamily = new Map<number, number[]>();
  for (const item of members) {
    const family = evidence.familyOf[item]!;
    if (family >= 0) (byFamily.get(family) ?? byFamily.set(family, []).get(family)!).push(item);
  }
  const groups: AnswerGroup[] = [];
  const frequent = [...byFamily].filter(([, items]) => items.length >= MIN_ANSWERED).sort((a, b) => b[1].length - a[1].length || a[0] - b[0]);
  for (const [family, items] of frequent) {
    const alike = groups.find((group) => group.families.some((other) => evidence.similarity(family, other) >= DIFFERENT_ANSWERS));
    if (alike) {
      alike.families.push(family);
      alike.items.push(...items);
    } else groups.push({ families: [family], items: [...items] });
  }
  return groups;
}

function centreOf(items: readonly number[], vectors: Float32Array, dims: number): Float64Array {
  const centre = new Float64Array(dims);
  for (const item of items) for (let d = 0; d < dims; d++) centre[d]! += vectors[item * dims + d]!;
  return centre;
}

function nearest(item: number, centres: readonly Float64Array[], vectors: Float32Array, dims: number): number {
  let best = 0;
  let bestSim = -Infinity;
  centres.forEach((centre, piece) => {
    let norm = 0;
    let sim = 0;
    for (let d = 0; d < dims; d++) {
      sim += centre[d]! * vectors[item * dims + d]!;
      norm += centre[d]! ** 2;
    }
    sim /= Math.sqrt(norm) || 1;
    if (sim > bestSim) [best, bestSim] = [piece, sim];
  });
  return best;
}
