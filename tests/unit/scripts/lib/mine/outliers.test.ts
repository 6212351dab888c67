import { describe, expect, it } from 'vitest';
import type { AnswerEvidence } from '#lib/mine/answers.ts';
import { reduceOutliers, type OutlierOptions } from '#lib/mine/outliers.ts';

// Items as unit vectors in three dimensions: sub-topic 0 (cluster 0) points along x, sub-topic 1
// (cluster 1) along y; one-offs (-1) lie in between or far away.
const unit = (x: number, y: number, z: number): number[] => {
  const norm = Math.hypot(x, y, z);
  return [x / norm, y / norm, z / norm];
};
const OPTIONS: OutlierOptions = { minSimilarity: 0.35, margin: 0.1, answerShare: 0.6, answerMinSimilarity: 0.2 };

function run(points: number[][], subtopics: number[], evidence?: AnswerEvidence) {
  const itemSubtopic = Int32Array.from(subtopics);
  const subtopicCluster = Int32Array.from([0, 1]);
  const itemCluster = itemSubtopic.map((s) => (s >= 0 ? subtopicCluster[s]! : -1));
  const joined = reduceOutliers({ itemCluster, itemSubtopic, subtopicCluster }, Float32Array.from(points.flat()), 3, OPTIONS, evidence);
  return { joined, itemCluster: [...itemCluster] };
}

/** An answer family per item (-1: none), informative. */
function evidenceOf(familyOf: number[]): AnswerEvidence {
  const families = Math.max(...familyOf) + 1;
  return {
    familyOf: Int32Array.from(familyOf),
    families,
    itemsOf: Array.from({ length: families }, (_, f) => familyOf.flatMap((g, item) => (g === f ? [item] : []))),
    similarity: () => 0,
    answerTokens: () => [],
    replyFamily: (item) => familyOf[item]!,
  };
}

const TOPICS = [unit(1, 0.4, 0), unit(1, -0.4, 0), unit(1, 0, 0.4), unit(0.4, 1, 0), unit(-0.4, 1, 0), unit(0, 1, 0.4)];

describe('outlier reduction', () => {
  it('lets a one-off close to one topic join it (a varied phrasing: "Komt de badjas nog terug?" / "back in stock when?")', () => {
    const { joined, itemCluster } = run([...TOPICS, unit(1, 0.1, 0.05)], [0, 0, 0, 1, 1, 1, -1]);
    expect(joined).toBe(1);
    expect(itemCluster[6]).toBe(0);
  });

  it('keeps a question asked once about something else out (far from every topic)', () => {
    const { joined, itemCluster } = run([...TOPICS, unit(0, 0, 1)], [0, 0, 0, 1, 1, 1, -1]);
    expect(joined).toBe(0);
    expect(itemCluster[6]).toBe(-1);
  });

  it('keeps a question between two topics out (no clear margin)', () => {
    const { itemCluster } = run([...TOPICS, unit(1, 1, 0.2)], [0, 0, 0, 1, 1, 1, -1]);
    expect(itemCluster[6]).toBe(-1);
  });

  it('lets a question join the topic whose specific reply it got, although its words are far (19 customers sent one help link)', () => {
    const points = [...TOPICS, unit(0.4, 0.1, 1)];
    // Without the answer it stays out (similarity about 0.4 and below the topic's own members).
    expect(run(points, [0, 0, 0, 1, 1, 1, -1]).itemCluster[6]).toBe(-1);
    const evidence = evidenceOf([0, 0, -1, 1, 1, -1, 0]);
    expect(run(points, [0, 0, 0, 1, 1, 1, -1], evidence).itemCluster[6]).toBe(0);
  });

  it('does not follow a reply that several topics got (a template sent for different matters)', () => {
    const points = [...TOPICS, unit(0.4, 0.1, 1)];
    const evidence = evidenceOf([0, -1, -1, 0, -1, -1, 0]);
    expect(run(points, [0, 0, 0, 1, 1, 1, -1], evidence).itemCluster[6]).toBe(-1);
  });

  it('decides every one-off against the topics as mining left them: the order of one-offs changes nothing', () => {
    const a = run([...TOPICS, unit(1, 0.3, 0), unit(1, 0.6, 0)], [0, 0, 0, 1, 1, 1, -1, -1]).itemCluster;
    const b = run([...TOPICS, unit(1, 0.6, 0), unit(1, 0.3, 0)], [0, 0, 0, 1, 1, 1, -1, -1]).itemCluster;
    expect([a[6], a[7]]).toEqual([b[7], b[6]]);
  });
});
