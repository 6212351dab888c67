import { describe, expect, it } from 'vitest';
import { answerEvidence, linkByAnswers } from '#lib/mine/answers.ts';
import { answerKey } from '#lib/text/answer-key.ts';

/** Unit vectors in 4 dimensions: items 0–2 ask one thing, 3–5 another, 6–8 are unrelated one-offs. */
function vectorsOf(rows: number[][]): Float32Array {
  return Float32Array.from(
    rows.flatMap((row) => {
      const norm = Math.hypot(...row);
      return row.map((v) => v / norm);
    }),
  );
}

describe('answerKey', () => {
  it('is the same for one saved reply sent to two customers, whatever their details and the CM', () => {
    const a = answerKey('@anna Hoi [naam], je retour van [ordernummer] verwerken we binnen 14 dagen. ^Daan', undefined, 'nl');
    const b = answerKey('@piet Hallo! Je retour van 12 oktober verwerken we binnen 14 dagen. Groet, Sanne', undefined, 'nl');
    expect(a).toBe(b);
  });

  it.each([
    [
      'nl',
      '@anna Hoi [naam], je retour van [ordernummer] verwerken we binnen 14 dagen. ^Daan',
      'Hallo! Je retour van 12 oktober verwerken we binnen 14 dagen. Met vriendelijke groet, Sanne | Bestelbaar',
    ],
    [
      'en',
      '@sam Hi [naam], your refund of €49 reaches your account within 5 working days. ^JB',
      'Hello! Your refund of $20 reaches your account within 5 working days. Kind regards, Alex',
    ],
  ] as const)('%s: one saved reply with other details and another CM is one answer', (lang, a, b) => {
    expect(answerKey(a, undefined, lang)).toBe(answerKey(b, undefined, lang));
  });

  it('keeps a help-page link as words: the same link is the same answer', () => {
    expect(answerKey('Kijk op https://www.veldlicht.example/service/storingen?utm=x', undefined, 'nl')).toContain('storing');
  });
});

describe('answerEvidence', () => {
  const vectors = vectorsOf([
    [1, 0.1, 0, 0],
    [0.9, 0.2, 0, 0],
    [1, 0, 0.1, 0],
    [0, 1, 0.1, 0],
    [0.1, 0.9, 0, 0],
    [0, 1, 0, 0],
    [0, 0, 1, 0],
    [0, 0, 0, 1],
    [-0.7, 0, -0.7, 0],
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

  it('gives the words of the informative answer a question got, and none for a generic or missing one', () => {
    const evidence = answerEvidence(replies, vectors, 4, { lang: () => 'nl' });
    expect(evidence.answerTokens(0)).toEqual(expect.arrayContaining(['retour', 'verwerk']));
    expect(evidence.answerTokens(6)).toEqual([]);
    expect(evidence.answerTokens(2)).toEqual([]);
  });
});

describe('answerEvidence: replies that name the question', () => {
  // Four questions asked in words that barely overlap (their vectors are far apart), so question
  // similarity alone cannot tell a topic-specific saved reply from a generic one.
  const vectors = vectorsOf([
    [1, 0, 0, 0],
    [0, 1, 0, 0],
    [0, 0, 1, 0],
    [0, 0, 0, 1],
    [-1, 0, 0, 0],
    [0, -1, 0, 0],
  ]);
  const tokens = [
    ['kortingscod', 'werkt'],
    ['cod', 'geldig', 'kortingscod'],
    ['kortingscod', 'afrek'],
    ['pakket', 'bezorgd'],
    ['vuurwerk', 'verkop'],
    ['matras', 'maat'],
  ];
  const echoing = 'Vervelend dat je kortingscode niet werkt! Check of de code nog geldig is en of je het minimumbedrag haalt.';
  const generic = 'Goede vraag! We zoeken het voor je uit en komen erop terug.';

  it.each([
    ['nl', [[echoing], [echoing], [echoing], [], [generic], [generic]]],
    [
      'en',
      [
        ['Sorry your discount code fails! Check the code is still valid at checkout.'],
        ['Sorry your discount code fails! Check the code is still valid at checkout.'],
        [],
        [],
        ['Thanks for asking! We will look into it.'],
        ['Thanks for asking! We will look into it.'],
      ],
    ],
  ] as const)("%s: a reply that repeats its questions' subject is evidence, a reply that names nothing is not", (lang, replies) => {
    const englishTokens = [
      ['discount', 'code', 'fail'],
      ['code', 'valid', 'discount'],
      ['discount', 'checkout'],
      ['parcel'],
      ['firework', 'sell'],
      ['mattress', 'size'],
    ];
    const evidence = answerEvidence(replies, vectors, 4, { lang: () => lang, tokens: (item) => (lang === 'nl' ? tokens : englishTokens)[item]! });
    expect(evidence.familyOf[0]).toBeGreaterThanOrEqual(0);
    expect(evidence.familyOf[1]).toBe(evidence.familyOf[0]);
    expect([evidence.familyOf[4], evidence.familyOf[5]]).toEqual([-1, -1]);
  });

  it("does not take a saved reply in a minority language for evidence because its questions share that language's everyday words", () => {
    // A Dutch export (items 0–7) with a few English questions (8–11) about four different things.
    // The English ones are close to each other only by being English, and all got one English
    // saved reply that repeats their everyday word "order".
    const rows = [
      [1, 0, 0, 0],
      [0.9, 0.1, 0, 0],
      [0, 1, 0, 0],
      [0.1, 0.9, 0, 0],
      [0, 0, 1, 0],
      [0, 0.1, 0.9, 0],
      [-1, 0, 0, 0],
      [0, -1, 0, 0],
      [0, 0, 0.3, 1],
      [0, 0.3, 0, 1],
      [0.3, 0, 0, 1],
      [0, 0, -0.3, 1],
    ];
    const english = 'Sorry for the inconvenience! Please reply to this message with your order number and we will sort it out.';
    const replies = [...Array.from({ length: 8 }, (): string[] => []), [english], [english], [english], [english]];
    const tokens = [
      ...Array.from({ length: 8 }, (_, i) => [`woord${i}`, 'bestell']),
      ['order', 'cancel'],
      ['order', 'refund', 'when'],
      ['order', 'discount', 'code'],
      ['order', 'wrong', 'size'],
    ];
    const evidence = answerEvidence(replies, vectorsOf(rows), 4, { lang: (item) => (item < 8 ? 'nl' : 'en'), tokens: (item) => tokens[item]! });
    expect([8, 9, 10, 11].map((item) => evidence.familyOf[item])).toEqual([-1, -1, -1, -1]);
  });

  it('tells saved replies apart by their rare words, not by the request they share', () => {
    const invoice = 'Stuur je ordernummer, bedrijfsnaam en btw-nummer via DM, dan passen we de factuur aan.';
    const address = 'Stuur je ordernummer en het juiste adres via DM, dan passen we het aan.';
    const replies = [[invoice], [invoice], [address], [address], ['Stuur je ordernummer via DM.'], ['Stuur je ordernummer via DM, dan kijken we mee.']];
    const close = vectorsOf([
      [1, 0.1, 0, 0],
      [1, 0, 0.1, 0],
      [0, 1, 0.1, 0],
      [0.1, 1, 0, 0],
      [0, 0, 1, 0],
      [0, 0, 0, 1],
    ]);
    const evidence = answerEvidence(replies, close, 4, { lang: () => 'nl' });
    const [factuur, adres] = [evidence.familyOf[0]!, evidence.familyOf[2]!];
    expect(factuur).toBeGreaterThanOrEqual(0);
    expect(adres).toBeGreaterThanOrEqual(0);
    expect(adres).not.toBe(factuur);
    expect(evidence.similarity(factuur, adres)).toBeLessThan(0.3);
  });
});

describe('linkByAnswers', () => {
  // Items 0 and 1 got the same answer, item 2 a different one, item 3 none.
  const evidence = {
    familyOf: Int32Array.from([0, 0, 1, -1]),
    families: 2,
    itemsOf: [[0, 1], [2]],
    similarity: (a: number, b: number) => (a === b ? 1 : 0.1),
    answerTokens: () => [],
    replyFamily: () => -1,
  };
  const vectors = vectorsOf([
    [1, 0.2, 0, 0],
    [0.2, 1, 0, 0],
    [1, 0.3, 0, 0],
    [0.9, 0.4, 0, 0],
  ]);

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
