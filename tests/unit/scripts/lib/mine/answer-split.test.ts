import { describe, expect, it } from 'vitest';
import type { AnswerEvidence } from '#lib/mine/answers.ts';
import { splitByAnswers } from '#lib/mine/answer-split.ts';

/** Unit vectors in 3 dimensions. */
function vectorsOf(rows: number[][]): Float32Array {
  return Float32Array.from(rows.flatMap((row) => row.map((v) => v / Math.hypot(...row))));
}

/** Families 0 and 1 are different answers ("retour verwerkt binnen 14 dagen" / "terugbetaling verwerkt"), 2 is a rewording of 0. */
function evidenceOf(familyOf: number[]): AnswerEvidence {
  const alike = new Set(['0-2', '2-0']);
  return {
    familyOf: Int32Array.from(familyOf),
    families: 3,
    itemsOf: [0, 1, 2].map((f) => familyOf.flatMap((g, item) => (g === f ? [item] : []))),
    similarity: (a, b) => (a === b || alike.has(`${a}-${b}`) ? 0.8 : 0.05),
    answerTokens: () => [],
    replyFamily: () => -1,
  };
}

describe('splitByAnswers', () => {
  // Items 0–5 are one sub-topic of cluster 0: 0–2 lean one way, 3–5 the other; item 6 is sub-topic 1.
  const vectors = vectorsOf([
    [1, 0.3, 0],
    [1, 0.35, 0],
    [1, 0.2, 0],
    [0.3, 1, 0],
    [0.35, 1, 0],
    [0.2, 1, 0],
    [0, 0, 1],
  ]);
  const assignment = { itemSubtopic: Int32Array.from([0, 0, 0, 0, 0, 0, 1]), subtopicCluster: Int32Array.from([0, 0]) };

  it('splits a group whose questions got different answers, unanswered questions going with the closest answer', () => {
    const { itemSubtopic, subtopicCluster } = splitByAnswers(assignment, evidenceOf([0, -1, -1, 1, -1, -1, -1]), vectors, 3);
    expect(itemSubtopic[1]).toBe(itemSubtopic[0]);
    expect(itemSubtopic[2]).toBe(itemSubtopic[0]);
    expect(itemSubtopic[4]).toBe(itemSubtopic[3]);
    expect(itemSubtopic[5]).toBe(itemSubtopic[3]);
    expect(itemSubtopic[3]).not.toBe(itemSubtopic[0]);
    // The new piece belongs to the same cluster; the other sub-topic is untouched.
    expect(subtopicCluster[itemSubtopic[3]!]).toBe(0);
    expect(itemSubtopic[6]).toBe(1);
  });

  it('keeps a group whole when its answers are one answer, reworded or not', () => {
    const { itemSubtopic, subtopicCluster } = splitByAnswers(assignment, evidenceOf([0, 0, -1, 2, -1, -1, -1]), vectors, 3);
    expect(Array.from(itemSubtopic)).toEqual([0, 0, 0, 0, 0, 0, 1]);
    expect(subtopicCluster.length).toBe(2);
  });

  it('keeps a group whole when nobody or only one answer was given', () => {
    expect(Array.from(splitByAnswers(assignment, evidenceOf([-1, -1, -1, -1, -1, -1, -1]), vectors, 3).itemSubtopic)).toEqual([0, 0, 0, 0, 0, 0, 1]);
    expect(Array.from(splitByAnswers(assignment, evidenceOf([1, -1, -1, 1, -1, -1, 0]), vectors, 3).itemSubtopic)).toEqual([0, 0, 0, 0, 0, 0, 1]);
  });
});
