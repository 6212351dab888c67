import { describe, expect, it } from 'vitest';
import { answerEvidence, linkByAnswers } from '../../../../../scripts/lib/mine/answers.ts';
import { answerKey } from '../../../../../scripts/lib/text/answer-key.ts';

/** Unit vectors in 4 dimensions: items 0–2 ask one thing, 3–5 another, 6–8 are unrelated one-offs. */
function vectorsOf(rows: number[][]): Float32Array {
  return Float32Array.from(rows.flatMap((row) => {
    const norm = Math.hypot(...row);
    return row.map((v) => v / norm);
  }));
}

describe('answerKey', () => {
  it('is the same for one saved reply sent to two customers, whatever their details and the CM', () => {
    const a = answerKey('@anna Hoi [naam], je retour van [ordernummer] verwerken we binnen 14 dagen. ^Daan', undefined, 'nl');
    const b = answerKey('@piet Hallo! Je retour van 12 oktober verwerken we binnen 14 dagen. Groet, Sanne', undefined, 'nl');
    expect(a).toBe(b);
  });

  it.each([
    ['nl', '@anna Hoi [naam], je retour van [ordernummer] verwerken we binnen 14 dagen. ^Daan', 'Hallo! Je retour van 12 oktober verwerken we binnen 14 dagen. Met vriendelijke groet, Sanne | Bestelbaar'],
    ['en', '@sam Hi [naam], your refund of €49 reaches your account within 5 working days. ^JB', 'Hello! Your refund of $20 reaches your account within 5 working days. Kind regards, Alex'],
  ] as const)('%s: one saved reply with other details and another CM is one answer', (lang, a, b) => {
    expect(answerKey(a, undefined, lang)).toBe(answerKey(b, undefined, lang));
  });

  it('keeps a help-page link as words: the same link is the same answer', () => {
    expect(answerKey('Kijk op https://www.veldlicht.example/service/storingen?utm=x', undefined, 'nl')).toContain('storing');
  });
});

describe('answerEvidence', () => {
  const vectors = vectorsOf([
    [1, 0.1, 0, 0], [0.9, 0.2, 0, 0], [1, 0, 0.1, 0],
    [0, 1, 0.1, 0], [0.1, 0.9, 0, 0], [0, 1, 0, 0],
    [0, 0, 1, 0], [0, 0, 0, 1], [-0.7, 0, -0.7, 0],
  ]);
  const specific = ['Je retour verwerken we binnen 14 dagen na ontvangst.', 'Zet je modem 30 seconden uit en weer aan.'];
  const generic = 'Goede vraag! We zoeken het voor je uit en komen erop terug.';
  const replies = [[specific[0]!], [specific[0]!], [], [specific[1]!], [specific[1]!], [], [generic], [generic], [generic]];

  it('groups questions by the answer they got, and ignores a reply given to unrelated questions', () => {
    const evidence = answerEvidence(replies, vectors, 4, { lang: () => 'nl' });
    const [retour, modem] = [evidence.familyOf[0]!, evidence.familyOf[3]!];
    expect(retour).toBeGreaterThanOrEqual(0);
    expect(evidence.familyOf[1]).toBe(retour);
    expect(evidence.familyOf[4]).toBe(modem);
    expect(modem).not.toBe(retour);
    expect(evidence.similarity(retour, modem)).toBeLessThan(0.3);
    // The generic reply answered three questions with nothing in common: no evidence.
    expect([6, 7, 8].map((item) => evidence.familyOf[item])).toEqual([-1, -1, -1]);
    expect(evidence.familyOf[2]).toBe(-1);
  });
});

describe('linkByAnswers', () => {
  // Items 0 and 1 got the same answer, item 2 a different one, item 3 none.
  const evidence = { familyOf: Int32Array.from([0, 0, 1, -1]), families: 2, itemsOf: [[0, 1], [2]], similarity: (a: number, b: number) => (a === b ? 1 : 0.1) };
  const vectors = vectorsOf([[1, 0.2, 0, 0], [0.2, 1, 0, 0], [1, 0.3, 0, 0], [0.9, 0.4, 0, 0]]);

  it('links questions that got the same answer, even when they were no neighbours', () => {
    const knn = { k: 1, ids: Int32Array.from([2, 3, 0, 0]), sims: Float32Array.from([0.9, 0.5, 0.9, 0.8]) };
    linkByAnswers(knn, evidence, vectors, 4);
    expect(knn.ids[0]).toBe(1);
    expect(knn.sims[0]).toBeGreaterThan(0.5);
  });

  it('weakens the link between look-alike questions that got different answers, and leaves unanswered ones alone', () => {
    const knn = { k: 2, ids: Int32Array.from([2, 3, 3, 0, 0, 3, 0, 2]), sims: Float32Array.from([0.9, 0.8, 0.7, 0.6, 0.9, 0.8, 0.8, 0.7]) };
    linkByAnswers(knn, evidence, vectors, 4);
    // 0–2: the questions are alike (0.9), the answers are not (0.1): the edge drops to their mean.
    expect(knn.sims[2 * 2]).toBeCloseTo(0.5, 5);
    // 3 has no answer: its edges keep the questions' own similarity.
    expect(Array.from(knn.sims.subarray(6, 8))).toEqual([Math.fround(0.8), Math.fround(0.7)]);
  });
});
